namespace SimCluster.Abstractions;

/// <summary>
/// A sweep (key: sweep id): splits it into batches, runs them on batch grains spread over the silos, keeps which
/// are done in grain storage, and re-runs a batch whose call failed (its silo died). Progress calls also restart the
/// dispatch, so a sweep grain reactivated on another silo after a failure picks up where storage says it was.
/// </summary>
[Alias("SimCluster.ISweepGrain")]
public interface ISweepGrain : IGrainWithStringKey
{
    /// <summary>Records the sweep and starts dispatching its batches; a second call with the same sweep is a no-op.</summary>
    [Alias("Start")]
    Task<SweepProgress> Start(SweepRequest request);

    /// <summary>Progress so far (and dispatch resumed if it had stopped).</summary>
    [Alias("GetProgress")]
    Task<SweepProgress> GetProgress();
}
