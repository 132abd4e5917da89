using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SimCluster.Silo;

/// <summary>
/// Runs a clustered silo until asked to stop: starts it, and whenever its membership entry vanishes (Redis restarted
/// without its data; see <see cref="MembershipWatchdog"/>) or the cluster votes it dead (<see cref="DeclaredDead"/>),
/// drops that incarnation and starts a new one in the same process, which registers again under a new generation. Stops are bounded: gracefully within
/// <see cref="GracefulStopTimeout"/>, well inside the 90 s that deploy/ gives a container to stop.
/// </summary>
public static class ClusteredSiloRunner
{
    /// <summary>How long a graceful stop may take (grains handed over, the silo's entry marked dead).</summary>
    public static readonly TimeSpan GracefulStopTimeout = TimeSpan.FromSeconds(30);

    // An incarnation the table no longer lists has nothing to hand over, and its membership writes can only fail.
    private static readonly TimeSpan DropTimeout = TimeSpan.FromSeconds(5);

    // How long a dropped incarnation may keep its ports before the process gives up restarting in place.
    private static readonly TimeSpan PortsReleaseTimeout = TimeSpan.FromSeconds(15);

    // Between attempts to start a new incarnation that failed (Redis still coming back).
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Runs incarnations built by <paramref name="build"/> until <paramref name="stop"/> fires. <paramref name="up"/> is
    /// called with each incarnation once it has joined (1 for the first). A first incarnation that cannot start
    /// throws; later ones are retried.
    /// </summary>
    public static async Task<SiloExit> RunAsync(ClusterSiloOptions options, Func<IHost> build, Action<IHost, int> up, TextWriter error, CancellationToken stop)
    {
        for (int incarnation = 1; ; incarnation++)
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
            catch (Exception e) when (incarnation > 1)
            {
                error.WriteLine($"silo: the new incarnation could not start ({e.Message}); retrying");
                await BoundedStop.DisposeAsync(host, DropTimeout);
                if (await Delay(RetryDelay, stop)) return SiloExit.Stopped;
                continue;
            }
            catch
            {
                await BoundedStop.DisposeAsync(host, DropTimeout);
                throw;
            }
            up(host, incarnation);

            string reason;
            try
            {
                reason = await IncarnationEndAsync(host, options, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return await StopAsync(host);
            }
            catch (Exception e)
            {
                // Not a reason to take down a serving silo: it runs on, as Orleans alone would run it.
                error.WriteLine($"silo: the membership watchdog failed ({e.Message}); running on without it");
                await Delay(Timeout.InfiniteTimeSpan, stop);
                return await StopAsync(host);
            }
            error.WriteLine($"silo: {reason} (Redis restarted without its data?); starting a new incarnation to register again");
            await BoundedStop.StopAsync(host, DropTimeout, graceful: false);
            await BoundedStop.DisposeAsync(host, DropTimeout);
            if (!await PortsReleasedAsync(options, stop)) return stop.IsCancellationRequested ? SiloExit.Stopped : SiloExit.RestartFailed;
        }
    }

    /// <summary>The first of: the membership entry gone, or the cluster's vote that this incarnation is dead.</summary>
    private static async Task<string> IncarnationEndAsync(IHost host, ClusterSiloOptions options, CancellationToken stop)
    {
        var watchdog = MembershipWatchdog.WaitUntilGoneAsync(host.Services, options.Redis, MembershipWatchdog.Period, stop);
        if (host.Services.GetService<DeclaredDead>() is not { } declared) return await watchdog;
        return await await Task.WhenAny(watchdog, declared.Voted);
    }

    private static async Task<SiloExit> StopAsync(IHost host)
    {
        bool graceful = await BoundedStop.StopAsync(host, GracefulStopTimeout);
        if (!graceful) return SiloExit.StopTimedOut; // the process exits without waiting for the rest of the stop
        await BoundedStop.DisposeAsync(host, DropTimeout);
        return SiloExit.Stopped;
    }

    /// <summary>Waits until the dropped incarnation has closed its listeners, so the next one does not share them.</summary>
    private static async Task<bool> PortsReleasedAsync(ClusterSiloOptions options, CancellationToken stop)
    {
        var deadline = DateTime.UtcNow + PortsReleaseTimeout;
        while (!(ListeningPorts.IsFree(options.Addresses.Listen, options.Port) && ListeningPorts.IsFree(options.Addresses.Listen, options.GatewayPort)))
        {
            if (DateTime.UtcNow > deadline || await Delay(TimeSpan.FromMilliseconds(200), stop)) return false;
        }
        return true;
    }

    /// <summary>Waits; true if <paramref name="stop"/> fired instead.</summary>
    private static async Task<bool> Delay(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, stop);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }
}
