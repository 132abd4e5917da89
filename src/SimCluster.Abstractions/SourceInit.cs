using SimCluster.Model.Data;
using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>Everything a data source grain needs; <c>At</c> is its place in the scenario file (<c>labs[0]</c>), which errors name.</summary>
[GenerateSerializer, Immutable, Alias("SimCluster.SourceInit")]
public sealed record SourceInit(
    [property: Id(0)] string RunId,
    [property: Id(1)] int Replicate,
    [property: Id(2)] DataSourceParameters Source,
    [property: Id(3)] StepClock Clock,
    [property: Id(4)] string At);
