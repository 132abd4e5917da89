using System.Diagnostics;
using Xunit.Abstractions;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>
/// With persistence (appendonly), Redis killed with -9 and restarted comes back with the membership table:
/// the silos keep their incarnations and the cluster serves a new client.
/// </summary>
[Collection("real processes")]
public sealed class ClusterRedisPersistenceTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void A_persistent_redis_restarted_after_kill_9_keeps_the_membership_table()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var tmp = new TempDir();
        string file = tmp.File("small.yaml", Scenarios.SmallUncertain());
        using var cluster = new ThreeSilos(persistentRedis: true);

        cluster.Redis.Kill();
        cluster.Redis.Restart(); // the same port and data folder
        var since = Stopwatch.StartNew();
        var took = SweepAttempts.UntilOneCompletes(file, cluster.Redis.Connection, tmp.Sub("out"), since, TimeSpan.FromSeconds(60));
        output.WriteLine($"a new client's 20-replicate sweep completed {took.TotalSeconds:0.0} s after a persistent Redis was restarted");

        // Absence takes a wait: two more watchdog periods, in which each silo checks its entry twice.
        Thread.Sleep(2 * Silo.MembershipWatchdog.Period);
        Assert.All(cluster.Silos, s => Assert.False(s.Process.HasExited, s.Err));
        Assert.All(cluster.Silos, s => Assert.DoesNotContain("silo up again", s.Err));
    }
}
