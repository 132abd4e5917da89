using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>Real `simcluster` processes (the built simcluster.dll next to the tests), with their output captured.</summary>
public static class Processes
{
    /// <summary>The CLI assembly copied next to the tests.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "simcluster.dll");

    /// <summary>An IPv4 address of this machine that is not loopback (an interface that is up), or null when it has none.</summary>
    public static IPAddress? NonLoopbackAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));

    /// <summary>Whether a TCP connection to <paramref name="address"/>:<paramref name="port"/> is accepted within a few seconds.</summary>
    public static bool Accepts(IPAddress address, int port)
    {
        using var tcp = new TcpClient(address.AddressFamily);
        try
        {
            return tcp.ConnectAsync(address, port).Wait(TimeSpan.FromSeconds(5)) && tcp.Connected;
        }
        catch (AggregateException e) when (e.InnerException is SocketException)
        {
            return false;
        }
    }

    /// <summary>Starts `simcluster ARGS`.</summary>
    public static RunningProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        return new RunningProcess(Process.Start(info)!);
    }
}

/// <summary>A running process whose stdout and stderr are collected as they come.</summary>
public sealed class RunningProcess : IDisposable
{
    private readonly StringBuilder _out = new(), _err = new();

    /// <summary>Wraps and starts reading <paramref name="process"/>.</summary>
    public RunningProcess(Process process)
    {
        Process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_out) _out.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_err) _err.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The process.</summary>
    public Process Process { get; }

    /// <summary>Stdout so far.</summary>
    public string Out { get { lock (_out) return _out.ToString(); } }

    /// <summary>Stderr so far.</summary>
    public string Err { get { lock (_err) return _err.ToString(); } }

    /// <summary>Waits until the sweep on stderr reports progress past 0%. The bar prints a line per decile an update
    /// reaches, and one update can carry the count past several (0% then 20%), so no particular decile is waited for.</summary>
    public bool WaitForProgress(string scenario, TimeSpan timeout)
    {
        var started = new System.Text.RegularExpressions.Regex($"{System.Text.RegularExpressions.Regex.Escape(scenario)}: [1-9][0-9]*% ");
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !Process.HasExited)
        {
            if (started.IsMatch(Err)) return true;
            Thread.Sleep(50);
        }
        return started.IsMatch(Err);
    }

    /// <summary>Waits until stderr contains <paramref name="text"/>; false on timeout or exit.</summary>
    public bool WaitForError(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !Process.HasExited)
        {
            if (Err.Contains(text, StringComparison.Ordinal)) return true;
            Thread.Sleep(50);
        }
        return Err.Contains(text, StringComparison.Ordinal);
    }

    /// <summary>Waits for exit; returns the exit code, or throws with the output on timeout.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!Process.WaitForExit(timeout))
        {
            Process.Kill(entireProcessTree: true);
            throw new TimeoutException($"process did not exit within {timeout}; stdout:\n{Out}\nstderr:\n{Err}");
        }
        Process.WaitForExit();
        return Process.ExitCode;
    }

    /// <summary>kill -9.</summary>
    public void Kill() => Process.Kill(entireProcessTree: true);

    /// <summary>kill -TERM, as Kubernetes and docker stop send it (.NET's Process.Kill sends SIGKILL).</summary>
    public void Terminate() => Signal(Sigterm);

    /// <summary>Sends <paramref name="signal"/> to the process.</summary>
    public void Signal(int signal)
    {
        if (SendSignal(Process.Id, signal) != 0) throw new InvalidOperationException($"kill({Process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Waits for exit and returns the exit code and how long it took, or throws with the output after <paramref name="timeout"/>.</summary>
    public (int Code, TimeSpan Took) TimeExit(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        int code = WaitForExit(timeout);
        return (code, clock.Elapsed);
    }

    private const int Sigterm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    /// <inheritdoc />
    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }
}
