using SimCluster.Model.Scenarios;

namespace SimCluster.Abstractions;

/// <summary>
/// How a run's data source, GPU cluster or lab grain is set up: the whole scenario and the entity's name. Each grain
/// validates the scenario itself (<see cref="ScenarioChecks"/>) and derives its part from it, so a client that calls
/// an entity grain directly cannot give it what no valid scenario contains.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Replicate">Replicate number written in its rows.</param>
/// <param name="Scenario">The run's scenario.</param>
/// <param name="Name">The entity's name in the scenario.</param>
[GenerateSerializer, Immutable, Alias("SimCluster.EntityInit")]
public sealed record EntityInit(
    [property: Id(0)] string RunId,
    [property: Id(1)] int Replicate,
    [property: Id(2)] ScenarioSpec Scenario,
    [property: Id(3)] string Name);
