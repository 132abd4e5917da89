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

    /// <summary>The batch's per-replicate records, in replicate order (computed again if this activation does not
    /// hold them); the batch lets them go once read.</summary>
    [Alias("TakeRecords"), ResponseTimeout("01:00:00")]
    Task<IReadOnlyList<ReplicateRecord>> TakeRecords(BatchWork work);

    /// <summary>Deletes anything the batch stored and deactivates it.</summary>
    [Alias("Clear")]
    Task Clear();
}
