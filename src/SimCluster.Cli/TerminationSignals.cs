using System.Runtime.InteropServices;

namespace SimCluster.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM for the whole command: the first one cancels <see cref="Token"/>, which every command
/// passes down, so a run or sweep stops, deletes its staging folder, writes nothing and exits 130; a second one is
/// let through and ends the process at once. The commands' hosts (silos, cluster clients) do not listen to signals
/// themselves, so a signal can never stop a silo under a run that then carries on and "succeeds".
/// </summary>
public sealed class TerminationSignals : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;

    private TerminationSignals() =>
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];

    /// <summary>Cancelled by the first termination signal.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>Starts listening.</summary>
    public static TerminationSignals Listen() => new();

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _cancel.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _received) > 1) return; // the second signal terminates as the runtime would
        context.Cancel = true;
        _cancel.Cancel();
    }
}
