using SimCluster.Model.Sweeps;

namespace SimCluster.Abstractions;

/// <summary>
/// What a batch gives its sweep grain: its milestone counts and, for the replicates the bands are computed from, their
/// band values; or why one of its replicates cannot run (deterministic, so the sweep fails at once). The batch keeps
/// its per-replicate records for the client to collect.
/// </summary>
/// <param name="Milestones">Milestone counts of the batch's replicates.</param>
/// <param name="BandReplicates">Replicates whose band values follow (those the band reservoir wants).</param>
/// <param name="BandValues">Their band values, in the same order.</param>
/// <param name="Failure">The lowest-numbered replicate that could not run; null when all ran.</param>
[GenerateSerializer, Immutable, Alias("SimCluster.BatchResult")]
public sealed record BatchResult(
    [property: Id(0)] MilestoneCounts? Milestones,
    [property: Id(1)] long[] BandReplicates,
    [property: Id(2)] double[][] BandValues,
    [property: Id(3)] ReplicateFailure? Failure)
{
    /// <summary>A batch that could not run.</summary>
    public static BatchResult Failed(ReplicateFailure failure) => new(null, [], [], failure);
}
