using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>Everything a finished run produced, read back from its aggregator.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="Labs">Lab rows, sorted by lab then step.</param>
/// <param name="Sources">Source rows, sorted by source then step.</param>
/// <param name="Summary">Per-lab summaries.</param>
[GenerateSerializer, Immutable, Alias("SimCluster.RunResult")]
public sealed record RunResult(
    [property: Id(0)] string RunId,
    [property: Id(1)] IReadOnlyList<TrajectoryRow> Labs,
    [property: Id(2)] IReadOnlyList<SourceRow> Sources,
    [property: Id(3)] RunSummary Summary);
