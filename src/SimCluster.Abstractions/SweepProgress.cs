namespace SimCluster.Abstractions;

/// <summary>How far a sweep has got, in replicates and batches.</summary>
[GenerateSerializer, Immutable, Alias("SimCluster.SweepProgress")]
public sealed record SweepProgress(
    [property: Id(0)] int ReplicatesDone, [property: Id(1)] int Replicates, [property: Id(2)] int BatchesDone, [property: Id(3)] int Batches,
    [property: Id(4)] int BatchRetries)
{
    /// <summary>Whether every batch is done.</summary>
    public bool Finished => Batches > 0 && BatchesDone >= Batches;
}
