using SimCluster.Model.Scenarios;

namespace SimCluster.Abstractions;

/// <summary>A sweep to run: the scenario (with its uncertain parameters and seed), how many replicates, batch size.</summary>
[GenerateSerializer, Immutable, Alias("SimCluster.SweepRequest")]
public sealed record SweepRequest(
    [property: Id(0)] string SweepId,
    [property: Id(1)] ScenarioSpec Scenario,
    [property: Id(2)] SweepKind Kind,
    [property: Id(3)] int Replicates,
    [property: Id(4)] int BatchSize);
