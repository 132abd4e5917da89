namespace SimCluster.Cli.Tests.Cluster;

/// <summary>
/// A cluster sweep has an id: a client can detach and attach later, a client that dies leaves a sweep another client
/// collects, and a sweep can be cancelled; once collected or cancelled, Redis holds nothing of it.
/// </summary>
[Collection("real processes")]
public sealed class ClusterAttachTests
{
    private static readonly string[] Files = ["bands.csv", "milestones.csv", "milestone_histogram.csv", "replicates.csv", "replicate_parameters.csv", "summary.json"];

    [SkippableFact]
    public void A_sweep_whose_client_died_is_collected_by_attaching_with_the_same_bytes_and_leaves_no_key_in_redis()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var tmp = new TempDir();
        string file = tmp.File("u.yaml", Scenarios.SmallUncertain(2040));
        using var cluster = new ThreeSilos(count: 2);

        // A client that dies mid-sweep (kill -9): the sweep runs on in the cluster.
        string id;
        using (var doomed = Processes.Start("sweep", file, "--replicates", "400", "--batch-size", "8", "--cluster", cluster.Redis.Connection, "--out", tmp.Sub("never")))
        {
            Assert.True(doomed.WaitForError(" --cluster ", TimeSpan.FromMinutes(2)), doomed.Err);
            doomed.Kill();
            id = System.Text.RegularExpressions.Regex.Match(doomed.Err, "sweep --attach ([0-9a-f]{32})").Groups[1].Value;
        }
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.False(Directory.Exists(tmp.Sub("never")));

        var attached = CliRunner.Run("sweep", "--attach", id, "--cluster", cluster.Redis.Connection, "--out", tmp.Sub("attached"));
        Assert.True(attached.Code == 0, attached.Err);
        Assert.Equal(0, CliRunner.Run("sweep", file, "--replicates", "400", "--batch-size", "8", "--out", tmp.Sub("embedded")).Code);
        foreach (string name in Files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(tmp.Sub("embedded"), name)), File.ReadAllBytes(Path.Combine(tmp.Sub("attached"), name)));
        Assert.Empty(RedisKeys.Of(cluster.Redis.Connection, id));

        var again = CliRunner.Run("sweep", "--attach", id, "--cluster", cluster.Redis.Connection, "--out", tmp.Sub("again"));
        Assert.Equal(2, again.Code);
        Assert.Contains($"the cluster holds no sweep {id}", again.Err);
    }

    [SkippableFact]
    public void A_detached_sweep_runs_without_a_client_and_a_cancelled_one_leaves_nothing()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var tmp = new TempDir();
        string file = tmp.File("u.yaml", Scenarios.SmallUncertain(2040));
        using var cluster = new ThreeSilos(count: 2);

        var detached = CliRunner.Run("sweep", file, "--replicates", "40", "--cluster", cluster.Redis.Connection, "--detach");
        Assert.True(detached.Code == 0, detached.Err);
        string id = detached.Out.Trim();
        Assert.Matches("^[0-9a-f]{32}$", id);
        var attached = CliRunner.Run("sweep", "--attach", id, "--cluster", cluster.Redis.Connection, "--out", tmp.Sub("a"));
        Assert.True(attached.Code == 0, attached.Err);
        Assert.Contains("40 replicates on the cluster at", attached.Out);
        Assert.Empty(RedisKeys.Of(cluster.Redis.Connection, id));

        var big = CliRunner.Run("sweep", Scenarios.Shipped("baseline-uncertain"), "--replicates", "5000", "--cluster", cluster.Redis.Connection, "--detach");
        Assert.True(big.Code == 0, big.Err);
        string bigId = big.Out.Trim();
        var cancelled = CliRunner.Run("sweep", "--cancel", bigId, "--cluster", cluster.Redis.Connection);
        Assert.True(cancelled.Code == 0, cancelled.Err);
        Assert.Contains($"cancelled sweep {bigId}", cancelled.Out);
        Assert.Empty(RedisKeys.Of(cluster.Redis.Connection, bigId));
        Assert.Equal(2, CliRunner.Run("sweep", "--attach", bigId, "--cluster", cluster.Redis.Connection).Code);
    }
}
