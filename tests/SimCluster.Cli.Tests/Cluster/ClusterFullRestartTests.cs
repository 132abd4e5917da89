using System.Diagnostics;
using Xunit.Abstractions;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>
/// Every silo killed (kill -9) and restarted on new ports leaves dead incarnations marked Active in the
/// membership table. New silos and a fresh client must get going without waiting minutes for them to be voted out.
/// </summary>
[Collection("real processes")]
public sealed class ClusterFullRestartTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void A_fresh_client_sweeps_within_45_s_of_a_full_cluster_restart()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var tmp = new TempDir();
        string file = tmp.File("small.yaml", Scenarios.SmallUncertain());
        using var cluster = new ThreeSilos();
        SweepAttempts.UntilOneCompletes(file, cluster.Redis.Connection, tmp.Sub("before"), Stopwatch.StartNew(), TimeSpan.FromSeconds(60));

        foreach (var silo in cluster.Silos.ToList()) silo.Kill();
        var since = Stopwatch.StartNew();
        var restarted = Enumerable.Range(0, 3).Select(_ => cluster.AddSilo(waitUntilUp: false)).ToList();
        var took = SweepAttempts.UntilOneCompletes(file, cluster.Redis.Connection, tmp.Sub("after"), since, TimeSpan.FromSeconds(45));
        output.WriteLine($"a fresh client's 20-replicate sweep completed {took.TotalSeconds:0.0} s after all three silos were killed and restarted");
        Assert.All(restarted, s => Assert.False(s.Process.HasExited, s.Err));
    }
}
