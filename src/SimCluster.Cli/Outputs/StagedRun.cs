using SimCluster.Model.Guards;
using SimCluster.Model.World;

namespace SimCluster.Cli.Outputs;

/// <summary>What staging a run's files measured beside them: each lab against its twin without the data wall, and the
/// sanity guards' warnings (docs/model.md §3.3), for the tables, stderr and the report.</summary>
public sealed record StagedRun(IReadOnlyList<DataWallResult> DataWall, IReadOnlyList<GuardWarning> Warnings);
