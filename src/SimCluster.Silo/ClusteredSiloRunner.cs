using Microsoft.Extensions.Hosting;

namespace SimCluster.Silo;

/// <summary>
/// Runs a clustered silo until asked to stop. Stops are bounded: gracefully within <see cref="GracefulStopTimeout"/>,
/// well inside the 90 s that deploy/ gives a container to stop.
/// </summary>
public static class ClusteredSiloRunner
{
    /// <summary>How long a graceful stop may take (grains handed over, the silo's entry marked dead).</summary>
    public static readonly TimeSpan GracefulStopTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan DisposeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs the silo built by <paramref name="build"/> until <paramref name="stop"/> fires; <paramref name="up"/> is
    /// called once it has joined. A silo that cannot start throws.
    /// </summary>
    public static async Task<SiloExit> RunAsync(ClusterSiloOptions options, Func<IHost> build, Action<IHost> up, TextWriter error, CancellationToken stop)
    {
        var host = build();
        try
        {
            await host.StartAsync(stop);
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
            // Orleans reports a cancelled start as its own lifecycle exception, not always as a cancellation.
            return await StopAsync(host);
        }
        catch
        {
            await BoundedStop.DisposeAsync(host, DisposeTimeout);
            throw;
        }
        up(host);
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }
        return await StopAsync(host);
    }

    private static async Task<SiloExit> StopAsync(IHost host)
    {
        bool graceful = await BoundedStop.StopAsync(host, GracefulStopTimeout);
        if (!graceful) return SiloExit.StopTimedOut; // the process exits without waiting for the rest of the stop
        await BoundedStop.DisposeAsync(host, DisposeTimeout);
        return SiloExit.Stopped;
    }
}
