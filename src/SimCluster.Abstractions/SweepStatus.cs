namespace SimCluster.Abstractions;

/// <summary>How far a sweep has got. A batch counts as done once its results are in the sweep grain's stored state.</summary>
/// <param name="SweepId">The sweep.</param>
/// <param name="Phase">Running, completed, failed or unknown.</param>
/// <param name="Failure">Why it failed; null otherwise.</param>
/// <param name="UserError">The failure is the scenario's fault (exit 2), not a bug.</param>
/// <param name="RunsDone">Runs (replicates) stored.</param>
/// <param name="Runs">Runs in the sweep.</param>
/// <param name="BatchesDone">Batches stored.</param>
/// <param name="Batches">Batches in the sweep.</param>
/// <param name="Retries">Batch calls that failed for a transient reason (a silo died) and were retried.</param>
/// <param name="MergedPrefix">Leading batches (0, 1, …) stored: a client may take their records, in batch order.</param>
[GenerateSerializer, Immutable, Alias("SimCluster.SweepStatus")]
public sealed record SweepStatus(
    [property: Id(0)] string SweepId, [property: Id(1)] SweepPhase Phase, [property: Id(2)] string? Failure, [property: Id(3)] bool UserError,
    [property: Id(4)] long RunsDone, [property: Id(5)] long Runs, [property: Id(6)] int BatchesDone, [property: Id(7)] int Batches,
    [property: Id(8)] int Retries, [property: Id(9)] int MergedPrefix)
{
    /// <summary>Whether every batch is done.</summary>
    public bool Finished => Phase == SweepPhase.Completed;

    /// <summary>The status of a sweep the cluster does not hold.</summary>
    public static SweepStatus Unknown(string sweepId) => new(sweepId, SweepPhase.Unknown, null, false, 0, 0, 0, 0, 0, 0);
}
