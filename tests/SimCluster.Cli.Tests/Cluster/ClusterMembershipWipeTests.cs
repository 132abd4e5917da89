using System.Diagnostics;
using Xunit.Abstractions;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>
/// Redis restarted without its data (no persistence) takes the membership table with it. The silos must
/// register again on their own, so that a new client can use the cluster, without anyone restarting them.
/// </summary>
[Collection("real processes")]
public sealed class ClusterMembershipWipeTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void After_redis_restarts_empty_the_silos_register_again_and_a_new_client_sweeps()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var tmp = new TempDir();
        string file = tmp.File("small.yaml", Scenarios.SmallUncertain());
        using var cluster = new ThreeSilos();
        Assert.False(cluster.Redis.Persistent);

        cluster.Redis.Kill();
        cluster.Redis.Restart(); // the same port, nothing in it
        var since = Stopwatch.StartNew();
        var took = SweepAttempts.UntilOneCompletes(file, cluster.Redis.Connection, tmp.Sub("out"), since, TimeSpan.FromSeconds(90));
        output.WriteLine($"a new client's 20-replicate sweep completed {took.TotalSeconds:0.0} s after Redis came back empty");

        Assert.True(File.Exists(Path.Combine(tmp.Sub("out"), "summary.json")));
        Assert.All(cluster.Silos, s => Assert.False(s.Process.HasExited, s.Err));
        Assert.All(cluster.Silos, s => Assert.True(s.WaitForError("silo up again", TimeSpan.FromSeconds(30)), s.Err));
    }
}
