using SimCluster.Abstractions;

namespace SimCluster.Grains;

/// <summary>A sweep's stored progress: the request and the batches that are done.</summary>
[GenerateSerializer, Alias("SimCluster.SweepState")]
public sealed class SweepState
{
    /// <summary>The sweep; null before Start.</summary>
    [Id(0)]
    public SweepRequest? Request { get; set; }

    /// <summary>Batches whose outcomes are stored.</summary>
    [Id(1)]
    public SortedSet<int> Done { get; set; } = [];

    /// <summary>Batch calls that failed and were retried.</summary>
    [Id(2)]
    public int Retries { get; set; }
}
