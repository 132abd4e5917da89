using SimCluster.Model.Sweeps;

namespace SimCluster.Abstractions;

/// <summary>
/// One batch of a sweep (key: sweep id/batch number). Its runs are a pure function of the request and its number, so
/// whatever it computes it can compute again: it keeps nothing in storage that the sweep needs to be correct.
/// </summary>
[Alias("SimCluster.IBatchGrain")]
public interface IBatchGrain : IGrainWithStringKey
{
    /// <summary>Runs the batch's replicates and returns what the sweep grain merges; keeps their records for collection.</summary>
    [Alias("Run"), ResponseTimeout("01:00:00")] // a large batch of a long scenario may take minutes, not seconds
    Task<BatchResult> Run(BatchWork work);

    /// <summary>
    /// The batch's per-replicate records, in replicate order, and the batch lets them go; null while they are not
    /// ready: an activation that does not hold them (its silo died, or it was collected unread) computes them again in
    /// the background, and the caller asks again. It never answers slowly, so a client whose gateway dies mid-call is
    /// not left waiting for a long timeout: Orleans fails a client's call to a dead gateway only at its timeout.
    /// </summary>
    [Alias("TakeRecords")]
    Task<IReadOnlyList<ReplicateRecord>?> TakeRecords(BatchWork work);

    /// <summary>Deletes anything the batch stored and deactivates it.</summary>
    [Alias("Clear")]
    Task Clear();
}
