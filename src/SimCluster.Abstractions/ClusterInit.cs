using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>Everything a GPU cluster grain needs to build its fleet; <c>At</c> is its place in the scenario file (<c>labs[0]</c>), which errors name.</summary>
[GenerateSerializer, Immutable, Alias("SimCluster.ClusterInit")]
public sealed record ClusterInit(
    [property: Id(0)] string RunId,
    [property: Id(1)] ClusterSpec Cluster,
    [property: Id(2)] StepClock Clock,
    [property: Id(3)] IReadOnlyList<ClusterTenant> Tenants,
    [property: Id(4)] string At);
