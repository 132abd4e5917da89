using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>Everything a GPU cluster grain needs to build its fleet.</summary>
[GenerateSerializer, Immutable, Alias("SimCluster.ClusterInit")]
public sealed record ClusterInit(
    [property: Id(0)] string RunId,
    [property: Id(1)] ClusterSpec Cluster,
    [property: Id(2)] StepClock Clock,
    [property: Id(3)] IReadOnlyList<ClusterTenant> Tenants);
