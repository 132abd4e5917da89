using SimCluster.Model.Sweeps;

namespace SimCluster.Abstractions;

/// <summary>
/// Client side of a sweep: starts it, polls progress, and reads the final summary. Calls that fail while the cluster
/// reshapes (a silo died, a grain is moving) are retried until <see cref="Patience"/> runs out, so losing a silo
/// slows a sweep but does not stop it.
/// </summary>
public static class SweepRunner
{
    /// <summary>How long to keep retrying one failing call before giving up.</summary>
    public static TimeSpan Patience { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Runs <paramref name="request"/> to the end and returns its summary.</summary>
    public static async Task<SweepSummary> RunAsync(IGrainFactory grains, SweepRequest request, IProgress<SweepProgress>? progress = null,
        TimeSpan? pollEvery = null, CancellationToken cancellationToken = default)
    {
        var sweep = grains.GetGrain<ISweepGrain>(request.SweepId);
        var p = await Retry(() => sweep.Start(request), cancellationToken);
        progress?.Report(p);
        while (!p.Finished)
        {
            await Task.Delay(pollEvery ?? TimeSpan.FromMilliseconds(100), cancellationToken);
            p = await Retry(sweep.GetProgress, cancellationToken);
            progress?.Report(p);
        }
        return await Retry(() => grains.GetGrain<ISweepAggregatorGrain>(request.SweepId).Summarize(request, p.Batches), cancellationToken);
    }

    private static async Task<T> Retry<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (e is not (ArgumentException or OperationCanceledException) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 100 * attempt)), cancellationToken);
            }
        }
    }
}
