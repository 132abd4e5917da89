using SimCluster.Model.Scenarios;
using SimCluster.Model.Sweeps;

namespace SimCluster.Abstractions;

/// <summary>One batch of a sweep: its replicates, in lanes, on the sweep's nominal scenario.</summary>
[GenerateSerializer, Immutable, Alias("SimCluster.BatchWork")]
public sealed record BatchWork(
    [property: Id(0)] string SweepId, [property: Id(1)] int Batch, [property: Id(2)] ScenarioSpec Scenario, [property: Id(3)] IReadOnlyList<ReplicateTask> Tasks);
