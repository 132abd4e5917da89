using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>Everything a finished run produced, read back from its aggregator.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="Labs">Lab rows, sorted by lab then step.</param>
/// <param name="Sources">Source rows, sorted by source then step.</param>
/// <param name="Summary">Per-lab summaries.</param>
public sealed record RunResult(string RunId, IReadOnlyList<TrajectoryRow> Labs, IReadOnlyList<SourceRow> Sources, RunSummary Summary);
