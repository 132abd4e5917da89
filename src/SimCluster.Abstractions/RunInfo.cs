using SimCluster.Model.Scenarios;

namespace SimCluster.Abstractions;

/// <summary>What an aggregator needs to know about the run it collects.</summary>
[GenerateSerializer, Immutable, Alias("SimCluster.RunInfo")]
public sealed record RunInfo([property: Id(0)] string RunId, [property: Id(1)] ScenarioSpec Scenario);
