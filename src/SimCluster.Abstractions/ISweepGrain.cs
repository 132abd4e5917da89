using SimCluster.Model.Sweeps;

namespace SimCluster.Abstractions;

/// <summary>
/// A sweep (key: sweep id): runs its batches on batch grains spread over the silos, merges each batch's milestone
/// counts and band values, and keeps in grain storage which batches are merged together with what they added (one
/// write, so a batch is merged exactly once however often it runs). It re-runs a batch whose call failed for a
/// transient reason, and fails at once when a replicate cannot run. Status calls also restart the dispatch, so a sweep
/// grain reactivated on another silo picks up where storage says it was. Results are read in pages and per batch, so
/// no message grows with the sweep; <see cref="Forget"/> deletes the sweep's state once a client has them.
/// </summary>
[Alias("SimCluster.ISweepGrain")]
public interface ISweepGrain : IGrainWithStringKey
{
    /// <summary>Checks and records the sweep and starts dispatching its batches; a second call with the same request is a no-op.</summary>
    [Alias("Start")]
    Task<SweepStatus> Start(SweepRequest request);

    /// <summary>Progress so far (and dispatch resumed if it had stopped); <see cref="SweepPhase.Unknown"/> when there is no such sweep.</summary>
    [Alias("GetStatus")]
    Task<SweepStatus> GetStatus();

    /// <summary>The request, for a client that attaches; null when there is no such sweep.</summary>
    [Alias("GetRequest")]
    Task<SweepRequest?> GetRequest();

    /// <summary>The milestone counts of a completed sweep.</summary>
    [Alias("GetMilestones")]
    Task<MilestoneCounts> GetMilestones();

    /// <summary>Up to <paramref name="count"/> band rows of a completed Monte Carlo sweep from row <paramref name="offset"/>, and the total.</summary>
    [Alias("GetBands")]
    Task<BandPage> GetBands(int offset, int count);

    /// <summary>Stops the sweep and deletes everything it stored.</summary>
    [Alias("Cancel"), ResponseTimeout("00:05:00")] // it tells every batch to let go of what it holds
    Task Cancel();

    /// <summary>Deletes everything a collected sweep stored.</summary>
    [Alias("Forget")]
    Task Forget();
}
