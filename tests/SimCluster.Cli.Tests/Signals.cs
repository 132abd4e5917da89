using System.Runtime.InteropServices;

namespace SimCluster.Cli.Tests;

/// <summary>Sends POSIX signals to a process (.NET's Process.Kill only sends SIGKILL).</summary>
internal static class Signals
{
    public const int Interrupt = 2, Terminate = 15;

    /// <summary>Sends <paramref name="signal"/> to process <paramref name="pid"/>.</summary>
    public static void Send(int pid, int signal)
    {
        if (kill(pid, signal) != 0) throw new InvalidOperationException($"kill({pid}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
