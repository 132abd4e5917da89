using SimCluster.Model.Sweeps;

namespace SimCluster.Abstractions;

/// <summary>
/// Client side of sweeps, for any grain factory (an embedded silo's, or a cluster client): start one, attach to one by
/// id, collect its results, cancel or forget it. Collecting takes each batch's records in batch order as soon as
/// the batch is stored (so neither side holds a whole sweep's records) and reads the bands in pages. A call that fails
/// while the cluster reshapes (a silo died, a grain is moving, every silo restarted) is retried until no call has
/// succeeded for <see cref="Patience"/>; the sweep itself carries on in the cluster whatever the client does.
/// </summary>
public sealed class SweepClient(IGrainFactory grains, TimeSpan? patience = null)
{
    /// <summary>Band rows per page: about 200 KB, far below any message limit.</summary>
    public const int BandPageSize = 2_000;

    private DateTime _lastContact = DateTime.UtcNow;

    /// <summary>How long the client keeps retrying without a single successful call before it gives up.</summary>
    public TimeSpan Patience { get; } = patience ?? TimeSpan.FromMinutes(10);

    /// <summary>Starts <paramref name="request"/> (a no-op if it runs already); an invalid request throws <see cref="ArgumentException"/>.</summary>
    public Task<SweepStatus> StartAsync(SweepRequest request, CancellationToken cancellationToken = default) =>
        Call(() => Sweep(request.SweepId).Start(request), cancellationToken);

    /// <summary>The request of sweep <paramref name="sweepId"/>, to attach to it.</summary>
    public async Task<SweepRequest> RequestAsync(string sweepId, CancellationToken cancellationToken = default) =>
        await Call(() => Sweep(sweepId).GetRequest(), cancellationToken) ?? throw new SweepNotFoundException(sweepId);

    /// <summary>
    /// Waits for the sweep to complete, reporting progress and handing each batch's records to <paramref name="records"/>
    /// in batch (so replicate) order, then returns its summary. A failed sweep throws <see cref="SweepFailedException"/>,
    /// one the cluster does not hold <see cref="SweepNotFoundException"/>.
    /// </summary>
    public async Task<SweepSummary> CollectAsync(SweepRequest request, IProgress<SweepStatus>? progress = null,
        Action<IReadOnlyList<ReplicateRecord>>? records = null, TimeSpan? pollEvery = null, CancellationToken cancellationToken = default)
    {
        var sweep = Sweep(request.SweepId);
        int batches = request.Batches(), next = 0;
        while (true)
        {
            var status = await Call(sweep.GetStatus, cancellationToken);
            switch (status.Phase)
            {
                case SweepPhase.Unknown: throw new SweepNotFoundException(request.SweepId);
                case SweepPhase.Failed: throw new SweepFailedException(status.Failure ?? "the sweep failed", status.UserError);
            }
            progress?.Report(status);
            while (next < status.MergedPrefix)
            {
                int b = next;
                var taken = await Call(() => grains.GetGrain<IBatchGrain>(SweepKeys.Batch(request.SweepId, b)).TakeRecords(new BatchWork(request, b)), cancellationToken);
                if (taken is null) break; // being computed again: ask after the next status
                records?.Invoke(taken);
                next++;
            }
            if (status.Finished && next == batches) break;
            await Task.Delay(pollEvery ?? TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        var milestones = await Call(sweep.GetMilestones, cancellationToken);
        var bands = new List<BandRow>();
        BandPage page;
        do
        {
            page = await Call(() => sweep.GetBands(bands.Count, BandPageSize), cancellationToken);
            bands.AddRange(page.Rows);
        }
        while (page.Rows.Count > 0 && bands.Count < page.Total);
        var (distributions, histogram) = milestones.Summarize(new SweepLayout(request.Scenario).Labs);
        return new SweepSummary(milestones.Replicates, page.BandReplicates, bands, distributions, histogram);
    }

    /// <summary>Deletes a collected sweep's state from the cluster.</summary>
    public Task ForgetAsync(string sweepId, CancellationToken cancellationToken = default) => Call(async () =>
    {
        await Sweep(sweepId).Forget();
        return true;
    }, cancellationToken);

    /// <summary>Stops sweep <paramref name="sweepId"/> and deletes its state; one the cluster does not hold throws <see cref="SweepNotFoundException"/>.</summary>
    public async Task CancelAsync(string sweepId, CancellationToken cancellationToken = default)
    {
        await RequestAsync(sweepId, cancellationToken);
        await Call(async () =>
        {
            await Sweep(sweepId).Cancel();
            return true;
        }, cancellationToken);
    }

    /// <summary>Starts, collects (records into a list) and forgets a sweep: for tests and benchmarks.</summary>
    public async Task<(SweepSummary Summary, List<ReplicateRecord> Records)> RunAsync(SweepRequest request, IProgress<SweepStatus>? progress = null,
        TimeSpan? pollEvery = null, CancellationToken cancellationToken = default)
    {
        await StartAsync(request, cancellationToken);
        var records = new List<ReplicateRecord>();
        var summary = await CollectAsync(request, progress, records.AddRange, pollEvery, cancellationToken);
        await ForgetAsync(request.SweepId, cancellationToken);
        return (summary, records);
    }

    private ISweepGrain Sweep(string sweepId) => grains.GetGrain<ISweepGrain>(sweepId);

    private async Task<T> Call<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var result = await call();
                _lastContact = DateTime.UtcNow;
                return result;
            }
            catch (Exception e) when (e is not ArgumentException && !cancellationToken.IsCancellationRequested)
            {
                if (DateTime.UtcNow - _lastContact > Patience)
                    throw new ClusterLostException($"no call to the cluster has succeeded for {Patience.TotalMinutes:0.#} min (last error: {e.GetType().Name}: {e.Message})", e);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 100 * attempt)), cancellationToken);
            }
        }
    }
}
