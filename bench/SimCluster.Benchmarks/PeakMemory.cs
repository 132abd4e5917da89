using System.Diagnostics;

namespace SimCluster.Benchmarks;

/// <summary>
/// The peak resident memory of a child process, from Linux's /proc/PID/status (VmHWM, the high-water mark of its
/// resident set): read every 50 ms while it runs, so the last reading before it exits is its peak.
/// </summary>
public static class PeakMemory
{
    /// <summary>Runs <paramref name="file"/> with <paramref name="args"/> to the end; returns its exit code and peak resident memory in MB.</summary>
    public static (int ExitCode, double PeakMb, double Seconds) Run(string file, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        using var p = Process.Start(info)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        long peakKb = 0;
        while (!p.WaitForExit(50)) peakKb = Math.Max(peakKb, HighWaterKb(p.Id));
        p.WaitForExit();
        return (p.ExitCode, peakKb / 1024.0, watch.Elapsed.TotalSeconds);
    }

    private static long HighWaterKb(int pid)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        catch (IOException) { } // it just exited
        return 0;
    }
}
