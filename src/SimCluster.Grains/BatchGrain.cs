using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>
/// Runs one batch of a sweep (<see cref="BatchRun"/>) and keeps its records in memory until a client takes them.
/// Nothing it keeps is needed for the sweep to be correct: its runs are a pure function of the request and batch
/// number, so a lost activation costs only a re-run. It checks every request it is given (the sweep grain does too,
/// but a batch may be called by anyone). Each computation is a "batch" span; replicates computed count in
/// <c>simcluster.replicates</c>.
/// </summary>
public sealed class BatchGrain([PersistentState("batch", SweepStorage.Name)] IPersistentState<BatchState> state) : Grain, IBatchGrain
{
    private BatchResult? _result;
    private List<ReplicateRecord>? _records;
    private bool _discard;
    private Task? _recompute;

    /// <inheritdoc />
    public async Task<BatchResult> Run(BatchWork work)
    {
        // A retried call (the first timed out, or the sweep grain moved) gets the result already computed.
        if (_result is not null) return _result;
        if (Refusal(work) is { } refusal) return refusal;
        (_result, var records) = await Compute(work);
        _records ??= records;
        return _result;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReplicateRecord>?> TakeRecords(BatchWork work)
    {
        if (Refusal(work)?.Failure is { } refused) throw new ArgumentException(refused.Message, nameof(work));
        var records = _records ?? state.State.Records;
        if (records is null)
        {
            if (_recompute is { IsFaulted: true } failed)
                throw new ArgumentException($"batch {work.Batch} ran once but cannot run again: {failed.Exception!.InnerException!.Message}", nameof(work));
            _recompute ??= Recompute(work);
            return null;
        }
        // Taken: nothing of this batch needs to stay, in memory or in storage.
        _records = null;
        _result = null;
        if (state.RecordExists) await state.ClearStateAsync();
        DeactivateOnIdle();
        return records;
    }

    // A merged batch ran once, so running it again can only fail through a bug; TakeRecords then reports it.
    private async Task Recompute(BatchWork work)
    {
        var (result, records) = await Compute(work);
        _records ??= records ?? throw new InvalidOperationException(result.Failure!.Message);
        _result ??= result;
        _recompute = null;
    }

    /// <inheritdoc />
    public async Task Clear()
    {
        _discard = true;
        _records = null;
        _result = null;
        if (state.RecordExists) await state.ClearStateAsync();
        DeactivateOnIdle();
    }

    /// <summary>Records nobody took yet are stored when the activation goes (idle collection, a silo shutting down), so
    /// a client attaching later finds them; a crash loses them, and they are computed again.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_records is not null && !_discard)
        {
            state.State.Records = _records;
            try { await state.WriteStateAsync(cancellationToken); }
            catch (Exception e) when (e is not OutOfMemoryException) { /* computed again on demand */ }
        }
    }

    private async Task<(BatchResult, List<ReplicateRecord>?)> Compute(BatchWork work)
    {
        using var span = SimClusterTelemetry.Source.StartActivity(SimClusterTelemetry.BatchSpan);
        span?.SetTag(SimClusterTelemetry.SweepTag, work.Request.SweepId).SetTag(SimClusterTelemetry.BatchTag, work.Batch);
        var computed = await Task.Run(() => BatchRun.Compute(work));
        SimClusterTelemetry.Replicates.Add(computed.Records?.Count ?? 0);
        return computed;
    }

    private BatchResult? Refusal(BatchWork work)
    {
        string key = SweepKeys.Batch(work.Request.SweepId, work.Batch);
        string? problem = work.Request.Problem()
            ?? (key != this.GetPrimaryKeyString() ? $"batch {work.Batch} of sweep {work.Request.SweepId} sent to batch grain {this.GetPrimaryKeyString()}" : null)
            ?? (work.Batch < 0 || work.Batch >= work.Request.Batches() ? $"batch {work.Batch} is outside the sweep's 0-{work.Request.Batches() - 1}" : null);
        return problem is null ? null : BatchResult.Failed(new ReplicateFailure(-1, $"refused: {problem}", true));
    }
}
