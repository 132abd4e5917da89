using System.Runtime.InteropServices;

namespace SimCluster.Cli;

/// <summary>
/// SIGTERM and SIGINT (Ctrl+C) for the whole command line: the first asks for a stop through <see cref="Requested"/>,
/// which every command's work observes (a run or sweep cancels: exit 130, nothing written; a silo stops gracefully),
/// and a second one ends the process at once. The commands' hosts (silos, cluster clients) do not listen to signals
/// themselves, so a signal can never stop a silo under a run that then carries on and "succeeds".
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _requested = new();
    private readonly PosixSignalRegistration[] _registrations;
    private readonly TextWriter _error;
    private int _received;

    /// <summary>Handles both signals until disposed, telling <paramref name="error"/> what it does.</summary>
    public StopSignals(TextWriter error)
    {
        _error = error;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal)];
    }

    /// <summary>What the first signal makes the command do, printed when it arrives (null: nothing to add).</summary>
    public string? FirstMessage { get; set; }

    /// <summary>Fires on the first signal.</summary>
    public CancellationToken Requested => _requested.Token;

    /// <summary>The first signal received, if any.</summary>
    public PosixSignal? First { get; private set; }

    /// <summary>The shell's code for a process ended by <paramref name="signal"/>: 128 + its number.</summary>
    public static int ExitCode(PosixSignal? signal) => signal == PosixSignal.SIGINT ? ExitCodes.Cancelled : ExitCodes.Terminated;

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // the runtime's default would end the process now, without the graceful stop
        if (Interlocked.Increment(ref _received) == 1)
        {
            First = context.Signal;
            if (FirstMessage is not null) _error.WriteLine($"{Name(context.Signal)} received: {FirstMessage}");
            // Off the signal thread: what listens to the token may take a while, and the next signal must get through.
            _ = Task.Run(_requested.Cancel);
            return;
        }
        _error.WriteLine($"{Name(context.Signal)} received again: stopping now");
        _error.Flush();
        Environment.Exit(ExitCode(First));
    }

    private static string Name(PosixSignal signal) => signal == PosixSignal.SIGINT ? "SIGINT" : "SIGTERM";

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _requested.Dispose();
    }
}
