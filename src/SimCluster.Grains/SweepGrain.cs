using Microsoft.Extensions.Logging;
using Orleans.Storage;
using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>
/// Runs a sweep: dispatches its batches to batch grains, two per silo (a batch uses all its silo's cores; the second
/// keeps them busy while the first's reply travels), merges what each returns, and stores which batches are merged
/// together with their milestone counts (<see cref="SweepState"/>). A batch counts as done only once that write has
/// succeeded, so a batch that ran while storage was down is merged again from a re-run, never lost and never twice.
/// <list type="bullet">
/// <item>A replicate that cannot run fails the sweep at once (the batch says which): retrying a deterministic failure
/// would only fail again.</item>
/// <item>A call that fails for a transient reason (a silo died, a timeout) is retried with backoff.</item>
/// <item>A version conflict on the stored state (Redis lost or replayed writes) means this activation's picture is
/// stale: it stops and deactivates, and the next call resumes from what storage holds.</item>
/// <item>A reminder wakes the sweep after its silo died even when no client is polling (a detached sweep); a timer
/// keeps it active and retries a failed write while it runs.</item>
/// </list>
/// The bands of a Monte Carlo sweep come from its first replicates (<see cref="BandReservoir"/>), held in memory
/// while it runs; after a failover, the batches holding them are run again. Results leave in pages (bands) or per
/// batch (records, from the batch grains), so no message grows with the sweep.
/// </summary>
public sealed class SweepGrain(
    [PersistentState("sweep", SweepStorage.Name)] IPersistentState<SweepState> state, IGrainFactory grains, ILogger<SweepGrain> log)
    : Grain, ISweepGrain, IRemindable
{
    private const string Watchdog = "sweep-watchdog";

    /// <summary>Attempts per batch at transient failures before the sweep gives up (about ten minutes at the longest backoff).</summary>
    private const int MaxAttempts = 60;

    private static readonly TimeSpan MinWriteSpacing = TimeSpan.FromMilliseconds(500);
    private readonly SemaphoreSlim _writes = new(1, 1);
    private CancellationTokenSource _stop = new();
    private BandReservoir? _bands;
    private ulong[] _stored = [];
    private bool _dirty;
    private bool _forgotten;
    private DateTime _lastWrite;
    private Task? _dispatch;
    private Task? _flush;
    private IGrainTimer? _keepAlive;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stored = [.. state.State.Merged];
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<SweepStatus> Start(SweepRequest request)
    {
        if (state.State.Request is { } existing)
        {
            // Records compare their lists by reference, and a request arrives deserialized: the id (the grain's key) decides.
            if (existing.SweepId != request.SweepId) throw new ArgumentException($"sweep {existing.SweepId} already holds another request", nameof(request));
        }
        else
        {
            // Refuse a bad sweep here, whoever sent it: it must fail its caller, never a batch on some silo.
            string? problem = request.SweepId != this.GetPrimaryKeyString() ? $"request {request.SweepId} sent to sweep grain {this.GetPrimaryKeyString()}" : request.Problem();
            if (problem is not null) throw new ArgumentException(problem, nameof(request));
            if (await Task.Run(() => SweepPlan.FirstInvalid(request.Scenario, request.Design())) is { } invalid)
                throw new ArgumentException($"invalid sweep: {invalid}", nameof(request));
            _forgotten = false;
            state.State.Request = request;
            state.State.Phase = SweepPhase.Running;
            state.State.Merged = new ulong[(request.Batches() + 63) / 64];
            state.State.Milestones = MilestoneCounts.Empty(request.Scenario.Labs.Count);
            await state.WriteStateAsync();
            _stored = [.. state.State.Merged];
        }
        EnsureDispatch();
        return Status();
    }

    /// <inheritdoc />
    public Task<SweepStatus> GetStatus()
    {
        EnsureDispatch();
        return Task.FromResult(Status());
    }

    /// <inheritdoc />
    public Task<SweepRequest?> GetRequest() => Task.FromResult(state.State.Request);

    /// <inheritdoc />
    public Task<MilestoneCounts> GetMilestones() => Task.FromResult(Completed().Milestones!);

    /// <inheritdoc />
    public Task<BandPage> GetBands(int offset, int count)
    {
        var s = Completed();
        var bands = s.Bands ?? [];
        offset = Math.Clamp(offset, 0, bands.Count);
        var rows = bands.GetRange(offset, Math.Clamp(count, 0, bands.Count - offset));
        return Task.FromResult(new BandPage(rows, bands.Count, s.Request!.Kind == SweepKind.MonteCarlo ? BandReservoir.SizeFor(new SweepLayout(s.Request.Scenario), s.Request.Replicates) : 0));
    }

    /// <inheritdoc />
    public async Task Cancel()
    {
        var request = state.State.Request;
        await StopAndClear();
        // Batches that ran hold records in memory (stored if their activation was collected): let them go.
        if (request is not null)
            foreach (var chunk in Enumerable.Range(0, request.Batches()).Chunk(64))
                await Task.WhenAll(chunk.Select(b => grains.GetGrain<IBatchGrain>(SweepKeys.Batch(request.SweepId, b)).Clear()));
    }

    /// <inheritdoc />
    public Task Forget() => StopAndClear();

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (state.State.Request is null || state.State.Phase != SweepPhase.Running) return UnregisterWatchdog();
        EnsureDispatch();
        return Task.CompletedTask;
    }

    private SweepState Completed() =>
        state.State is { Phase: SweepPhase.Completed } s ? s : throw new InvalidOperationException($"sweep {this.GetPrimaryKeyString()} has not completed");

    private SweepStatus Status()
    {
        var s = state.State;
        if (s.Request is not { } r) return SweepStatus.Unknown(this.GetPrimaryKeyString());
        int batches = r.Batches();
        var design = r.Design();
        var stored = new SweepState { Merged = _stored };
        int done = stored.MergedCount;
        long runs = (long)done * r.BatchSize;
        if (batches > 0 && stored.IsMerged(batches - 1)) runs -= (long)batches * r.BatchSize - design.Count; // the last batch may be short
        return new SweepStatus(r.SweepId, s.Phase, s.Failure, s.UserError, runs, design.Count, done, batches, s.Retries, stored.MergedPrefix(batches));
    }

    private void EnsureDispatch()
    {
        if (state.State is not { Request: not null, Phase: SweepPhase.Running } || _dispatch is { IsCompleted: false }) return;
        _keepAlive ??= this.RegisterGrainTimer(Tick, new GrainTimerCreationOptions(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)) { KeepAlive = true, Interleave = true });
        _dispatch = Dispatch(_stop.Token);
    }

    // While the sweep runs: keep the activation, restart a dispatch that ended early, and retry a write that failed.
    private async Task Tick(CancellationToken _)
    {
        if (state.State.Phase != SweepPhase.Running)
        {
            _keepAlive?.Dispose();
            _keepAlive = null;
            return;
        }
        EnsureDispatch();
        if (_dirty) await Persist();
    }

    private async Task Dispatch(CancellationToken stop)
    {
        var request = state.State.Request!;
        int batches = request.Batches();
        await this.RegisterOrUpdateReminder(Watchdog, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        using var span = SimClusterTelemetry.Source.StartActivity(SimClusterTelemetry.SweepSpan);
        span?.SetTag(SimClusterTelemetry.SweepTag, request.SweepId).SetTag(SimClusterTelemetry.ScenarioTag, request.Scenario.Name)
            .SetTag(SimClusterTelemetry.KindTag, request.Kind.ToString()).SetTag(SimClusterTelemetry.ReplicatesTag, request.Replicates)
            .SetTag(SimClusterTelemetry.BatchesTag, batches);

        if (request.Kind == SweepKind.MonteCarlo) _bands ??= new BandReservoir(new SweepLayout(request.Scenario), request.Replicates);
        // Batches not merged yet, and (after a failover) merged ones whose band values this activation lacks: first,
        // so the bands are ready when the rest is.
        var pending = new Queue<int>(Enumerable.Range(0, batches).Where(b => state.State.IsMerged(b) && LacksBands(request, b))
            .Concat(Enumerable.Range(0, batches).Where(b => !state.State.IsMerged(b))));
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        int workers = Math.Max(1, 2 * hosts.Count);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            // The grain runs one turn at a time, so the workers share the queue without locks.
            while (!stop.IsCancellationRequested && pending.TryDequeue(out int b)) await RunBatch(request, b, stop);
        }));
        if (stop.IsCancellationRequested || state.State.Phase != SweepPhase.Running || state.State.MergedCount < batches) return;
        if (_bands is { Complete: false }) return; // a band batch is still missing: the next dispatch runs it
        if (_bands is not null) state.State.Bands = [.. await Task.Run(_bands.Build)];
        state.State.Phase = SweepPhase.Completed;
        _bands = null;
        if (await Persist(final: true)) await UnregisterWatchdog();
    }

    private bool LacksBands(SweepRequest request, int b) =>
        _bands is not null && Enumerable.Range(0, request.BatchSize).Select(i => (long)b * request.BatchSize + i).Any(r => _bands.Wants(r) && !_bands.Has(r));

    private async Task RunBatch(SweepRequest request, int b, CancellationToken stop)
    {
        var batch = grains.GetGrain<IBatchGrain>(SweepKeys.Batch(request.SweepId, b));
        for (int attempt = 1; ; attempt++)
        {
            BatchResult result;
            try
            {
                result = await batch.Run(new BatchWork(request, b));
            }
            catch (Exception e) when (e is not OutOfMemoryException && !stop.IsCancellationRequested)
            {
                state.State.Retries++;
                if (attempt >= MaxAttempts)
                {
                    await Fail($"batch {b} failed {attempt} times; last: {e.GetType().Name}: {e.Message}", userError: false);
                    return;
                }
                log.LogWarning("sweep {Sweep}: batch {Batch} failed ({Error}); retrying ({Attempt}/{Max})", request.SweepId, b, e.Message, attempt, MaxAttempts);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(10_000, 200 * attempt)), CancellationToken.None);
                continue;
            }
            if (stop.IsCancellationRequested || state.State.Phase != SweepPhase.Running) return;
            if (result.Failure is { } failure)
            {
                await Fail(failure.Message, failure.UserError);
                return;
            }
            for (int i = 0; i < result.BandReplicates.Length; i++) _bands?.Add(result.BandReplicates[i], result.BandValues[i]);
            if (!state.State.IsMerged(b))
            {
                state.State.Milestones = state.State.Milestones!.Merge(result.Milestones!);
                state.State.SetMerged(b);
                PersistSoon();
            }
            return;
        }
    }

    private async Task Fail(string message, bool userError)
    {
        if (state.State.Phase != SweepPhase.Running) return;
        log.LogWarning("sweep {Sweep} failed: {Failure}", this.GetPrimaryKeyString(), message);
        state.State.Phase = SweepPhase.Failed;
        state.State.Failure = message;
        state.State.UserError = userError;
        _stop.Cancel();
        _bands = null;
        if (await Persist(final: true)) await UnregisterWatchdog();
    }

    /// <summary>Stores the state in the background, so a worker goes on to its next batch at once; writes coalesce,
    /// at most one every <see cref="MinWriteSpacing"/>.</summary>
    private void PersistSoon()
    {
        _dirty = true;
        if (_flush is { IsCompleted: false }) return;
        _flush = Flush();

        async Task Flush()
        {
            while (_dirty && state.State.Phase == SweepPhase.Running && !_stop.IsCancellationRequested)
                if (!await Persist()) return; // the timer retries
        }
    }

    /// <summary>Stores the state, coalescing writes: a caller whose change an earlier write already took returns at once.
    /// Returns whether the state is stored; false leaves it dirty for the timer to retry.</summary>
    private async Task<bool> Persist(bool final = false)
    {
        _dirty = true;
        await _writes.WaitAsync();
        try
        {
            if (_forgotten) return true; // a write queued before Forget or Cancel must not bring the state back
            if (!_dirty) return true;
            var wait = _lastWrite + MinWriteSpacing - DateTime.UtcNow;
            if (!final && wait > TimeSpan.Zero) await Task.Delay(wait);
            if (!_dirty) return true;
            _dirty = false;
            var merged = state.State.Merged.ToArray();
            try
            {
                await state.WriteStateAsync();
                _stored = merged;
                _lastWrite = DateTime.UtcNow;
                return true;
            }
            catch (InconsistentStateException e)
            {
                // Storage holds another version than this activation wrote last: start again from it.
                log.LogWarning("sweep {Sweep}: stored state changed under this activation ({Error}); reloading", this.GetPrimaryKeyString(), e.Message);
                _stop.Cancel();
                DeactivateOnIdle();
                return false;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log.LogWarning("sweep {Sweep}: storing progress failed ({Error}); will retry", this.GetPrimaryKeyString(), e.Message);
                _dirty = true;
                return false;
            }
        }
        finally
        {
            _writes.Release();
        }
    }

    private async Task StopAndClear()
    {
        _stop.Cancel();
        _stop = new CancellationTokenSource();
        _bands = null;
        _keepAlive?.Dispose();
        _keepAlive = null;
        await UnregisterWatchdog();
        // Past any write already under way (a background flush interleaves with this call), and no write after it.
        await _writes.WaitAsync();
        try
        {
            _forgotten = true;
            _dirty = false;
            if (state.RecordExists) await state.ClearStateAsync();
            state.State = new SweepState();
            _stored = [];
        }
        finally
        {
            _writes.Release();
        }
        DeactivateOnIdle();
    }

    private async Task UnregisterWatchdog()
    {
        if (await this.GetReminder(Watchdog) is { } reminder) await this.UnregisterReminder(reminder);
    }
}
