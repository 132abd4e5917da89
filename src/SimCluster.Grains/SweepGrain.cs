using Microsoft.Extensions.Logging;
using SimCluster.Abstractions;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>
/// Dispatches a sweep's batches, a few at a time (one per core in the cluster, so calls never queue long enough to
/// time out), records each finished batch in grain storage, and retries a batch whose call failed: determinism makes
/// the re-run identical, and a batch that already stored its outcomes answers at once. A dispatch is a "sweep" span,
/// the parent of its batches' spans.
/// </summary>
public sealed class SweepGrain(
    [PersistentState("sweep", SweepStorage.Name)] IPersistentState<SweepState> state, IGrainFactory grains, ILogger<SweepGrain> log) : Grain, ISweepGrain
{
    private const int MaxAttempts = 20;
    private readonly SemaphoreSlim _writes = new(1, 1);
    private IReadOnlyList<IReadOnlyList<ReplicateTask>>? _batches;
    private Task? _dispatch;

    /// <inheritdoc />
    public async Task<SweepProgress> Start(SweepRequest request)
    {
        if (state.State.Request is { } existing)
        {
            if (existing.SweepId != request.SweepId) throw new InvalidOperationException($"sweep {this.GetPrimaryKeyString()} already holds another request");
        }
        else
        {
            if (request.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(request), request.BatchSize, "batch size must be >= 1");
            if (request.Replicates < 1 || request.Replicates > SweepPlan.MaxReplicates)
                throw new ArgumentOutOfRangeException(nameof(request), request.Replicates, $"replicates must be in [1, {SweepPlan.MaxReplicates}]");
            // Refuse a bad sweep here, whoever sent it: it must fail its caller, never a batch on some silo.
            if (ScenarioValidator.Validate(request.Scenario).FirstOrDefault() is { } issue)
                throw new ArgumentException($"invalid scenario: {issue.Path}: {issue.Message}", nameof(request));
            if (SweepPlan.FirstInvalid(request.Scenario, SweepTasks.Batches(request).SelectMany(b => b)) is { } invalid)
                throw new ArgumentException($"invalid sweep: {invalid}", nameof(request));
            state.State.Request = request;
            await state.WriteStateAsync();
        }
        EnsureDispatch();
        return Progress();
    }

    /// <inheritdoc />
    public Task<SweepProgress> GetProgress()
    {
        EnsureDispatch();
        return Task.FromResult(Progress());
    }

    private IReadOnlyList<IReadOnlyList<ReplicateTask>> Batches() => _batches ??= SweepTasks.Batches(state.State.Request!);

    private SweepProgress Progress()
    {
        if (state.State.Request is null) return new SweepProgress(0, 0, 0, 0, 0);
        var batches = Batches();
        return new SweepProgress(state.State.Done.Sum(b => batches[b].Count), batches.Sum(b => b.Count), state.State.Done.Count, batches.Count, state.State.Retries);
    }

    private void EnsureDispatch()
    {
        if (state.State.Request is null || (_dispatch is { IsCompleted: false }) || Progress().Finished) return;
        _dispatch = Dispatch();
    }

    private async Task Dispatch()
    {
        var request = state.State.Request!;
        using var span = SimClusterTelemetry.Source.StartActivity(SimClusterTelemetry.SweepSpan);
        span?.SetTag(SimClusterTelemetry.SweepTag, request.SweepId).SetTag(SimClusterTelemetry.ScenarioTag, request.Scenario.Name)
            .SetTag(SimClusterTelemetry.KindTag, request.Kind.ToString()).SetTag(SimClusterTelemetry.ReplicatesTag, request.Replicates)
            .SetTag(SimClusterTelemetry.BatchesTag, Batches().Count);
        var pending = new Queue<int>(Enumerable.Range(0, Batches().Count).Where(b => !state.State.Done.Contains(b)));
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        // A batch runs its lanes on all of its silo's cores; two per silo keep them busy while one stores its outcomes.
        int workers = 2 * hosts.Count;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            // The grain runs one turn at a time, so the workers share the queue without locks.
            while (pending.TryDequeue(out int b)) await RunBatch(request, b);
        }));
    }

    private async Task RunBatch(SweepRequest request, int b)
    {
        var work = new BatchWork(request.SweepId, b, request.Scenario, Batches()[b]);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await grains.GetGrain<IBatchGrain>(SweepTasks.BatchKey(request.SweepId, b)).Run(work);
                break;
            }
            catch (Exception e) when (attempt < MaxAttempts && e is not ArgumentException)
            {
                log.LogWarning("sweep {Sweep}: batch {Batch} failed ({Error}); retrying ({Attempt}/{Max})", request.SweepId, b, e.Message, attempt, MaxAttempts);
                state.State.Retries++;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5000, 200 * attempt)));
            }
        }
        await _writes.WaitAsync();
        try
        {
            state.State.Done.Add(b);
            await state.WriteStateAsync();
        }
        finally
        {
            _writes.Release();
        }
        // Let the final aggregator fold this batch in while others run; if that call is lost, it pulls the batch later.
        _ = grains.GetGrain<ISweepAggregatorGrain>(request.SweepId).Collect(request, b);
    }
}
