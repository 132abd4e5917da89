using Microsoft.Extensions.Hosting;

namespace SimCluster.Silo;

/// <summary>
/// Stops a host within a bound. Orleans does not always honour the stop token: with its membership table out of
/// reach, a silo's stop retries table writes for about two minutes, longer than any container grace period.
/// </summary>
internal static class BoundedStop
{
    /// <summary>Extra time for a stop whose token has fired to return before it is given up on.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Stops <paramref name="host"/>, gracefully for at most <paramref name="timeout"/> (or at once, without a graceful
    /// phase, when <paramref name="graceful"/> is false); true if the stop finished cleanly in time.
    /// </summary>
    public static async Task<bool> StopAsync(IHost host, TimeSpan timeout, bool graceful = true)
    {
        using var token = graceful ? new CancellationTokenSource(timeout) : new CancellationTokenSource();
        if (!graceful) await token.CancelAsync();
        var stopping = Task.Run(() => host.StopAsync(token.Token));
        if (await Task.WhenAny(stopping, Task.Delay(timeout + Margin)) != stopping) return false;
        try
        {
            await stopping;
            return !token.IsCancellationRequested || !graceful;
        }
        catch (Exception e) when (e is OperationCanceledException or AggregateException)
        {
            return false;
        }
    }

    /// <summary>Disposes <paramref name="host"/>, waiting at most <paramref name="timeout"/>; false if it did not finish.</summary>
    public static async Task<bool> DisposeAsync(IHost host, TimeSpan timeout)
    {
        var disposing = Task.Run(host.Dispose);
        return await Task.WhenAny(disposing, Task.Delay(timeout)) == disposing && disposing.IsCompletedSuccessfully;
    }
}
