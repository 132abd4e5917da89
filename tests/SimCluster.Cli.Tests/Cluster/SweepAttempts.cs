using System.Diagnostics;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>
/// A fresh client, as a user would run one: `simcluster sweep FILE --replicates 20 --cluster ...` started again and
/// again until one completes or a deadline passes. Each attempt gives up on its own after the CLI's connect timeout.
/// </summary>
public static class SweepAttempts
{
    /// <summary>How long after <paramref name="since"/> the first attempt that completed ended; fails the test at the deadline.</summary>
    public static TimeSpan UntilOneCompletes(string scenario, string redis, string outDir, Stopwatch since, TimeSpan deadline)
    {
        var tried = new List<string>();
        while (since.Elapsed < deadline)
        {
            using var client = Processes.Start("sweep", scenario, "--replicates", "20", "--cluster", redis, "--out", outDir);
            int code = client.WaitForExit(TimeSpan.FromMinutes(2));
            if (code == 0) return since.Elapsed;
            tried.Add($"at {since.Elapsed.TotalSeconds:0.0} s: exit {code}: {client.Err.Trim()}");
        }
        throw new Xunit.Sdk.XunitException($"no sweep completed within {deadline.TotalSeconds:0} s:\n{string.Join('\n', tried)}");
    }
}
