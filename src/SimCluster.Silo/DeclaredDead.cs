using Orleans.Runtime;

namespace SimCluster.Silo;

/// <summary>
/// An incarnation the cluster has voted dead. Orleans' own handler ends the process (a dead silo must never serve
/// again under its generation) and leaves restarting to a supervisor; a silo started by hand or in a test has none.
/// Here the vote ends the incarnation instead: <see cref="ClusteredSiloRunner"/> drops it and starts a new one, which
/// joins under a new generation, as it does when the membership table vanishes (<see cref="MembershipWatchdog"/>).
/// Peers vote a silo dead when its table writes fail for long enough, e.g. while Redis comes back empty and the
/// silos re-register one by one. Any other fatal error still ends the process.
/// </summary>
public sealed class DeclaredDead(Action<string> failFast) : IFatalErrorHandler
{
    private readonly TaskCompletionSource<string> _voted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The handler of a real silo: other fatal errors end the process as Orleans' own handler does.</summary>
    public DeclaredDead() : this(message => Environment.FailFast(message)) { }

    /// <summary>Completes, with the reason, once the cluster has declared this incarnation dead.</summary>
    public Task<string> Voted => _voted.Task;

    /// <inheritdoc />
    public bool IsUnexpected(Exception exception) => exception is not ThreadAbortException;

    /// <inheritdoc />
    public void OnFatalException(object? sender = null, string? context = null, Exception? exception = null)
    {
        // The membership service reports its own death without an exception; anything else is a real crash.
        if (exception is null && context is not null && context.Contains("told I am dead", StringComparison.Ordinal))
        {
            _voted.TrySetResult("the cluster declared this silo dead");
            return;
        }
        string message = $"silo: fatal error from {sender?.GetType().Name ?? "unknown"}: {context}{(exception is null ? "" : $": {exception}")}";
        Console.Error.WriteLine(message);
        failFast(message);
    }
}
