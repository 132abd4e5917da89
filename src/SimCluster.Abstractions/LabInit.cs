using SimCluster.Model.Data;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;

namespace SimCluster.Abstractions;

/// <summary>Everything a lab grain needs to build its state; <c>At</c> is its place in the scenario file (<c>labs[0]</c>), which errors name.</summary>
[GenerateSerializer, Immutable, Alias("SimCluster.LabInit")]
public sealed record LabInit(
    [property: Id(0)] string RunId,
    [property: Id(1)] int Replicate,
    [property: Id(2)] LabSpec Lab,
    [property: Id(3)] WorldParameters World,
    [property: Id(4)] IReadOnlyList<DataSourceParameters> Sources,
    [property: Id(5)] string At);
