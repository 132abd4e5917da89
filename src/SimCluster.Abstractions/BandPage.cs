using SimCluster.Model.Sweeps;

namespace SimCluster.Abstractions;

/// <summary>A page of a sweep's bands, and how many rows there are in all.</summary>
[GenerateSerializer, Immutable, Alias("SimCluster.BandPage")]
public sealed record BandPage([property: Id(0)] IReadOnlyList<BandRow> Rows, [property: Id(1)] int Total, [property: Id(2)] int BandReplicates);
