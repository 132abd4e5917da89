using System.Text.RegularExpressions;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>
/// A sweep across storage faults: a persistent Redis killed and restarted mid-sweep, then
/// every silo killed and restarted, still gives every replicate once and the bytes of an undisturbed embedded run;
/// a Redis restarted without its data fails the sweep with a clear error instead of spinning on version conflicts.
/// The faults start once the client reports a tenth of the sweep done (its progress lines, stderr being a pipe).
/// </summary>
[Collection("real processes")]
public sealed class ClusterStorageFaultTests
{
    private static readonly string[] Files = ["bands.csv", "milestones.csv", "milestone_histogram.csv", "replicates.csv", "replicate_parameters.csv", "summary.json"];

    [SkippableFact]
    public void A_sweep_survives_redis_killed_and_restarted_and_then_every_silo_restarted_with_the_bytes_of_an_embedded_run()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var tmp = new TempDir();
        string file = Scenarios.Shipped("baseline-uncertain");
        string[] sweep = ["sweep", file, "--replicates", "3000", "--batch-size", "16"];
        using var cluster = new ThreeSilos(persistentRedis: true);
        using var client = Processes.Start([.. sweep, "--cluster", cluster.Redis.Connection, "--out", tmp.Sub("cluster")]);
        Assert.True(client.WaitForProgress("baseline-uncertain", TimeSpan.FromMinutes(3)), client.Err);
        string id = Regex.Match(client.Err, "sweep --attach ([0-9a-f]{32})").Groups[1].Value;

        cluster.Redis.Kill(); // mid-write, for all anyone knows
        cluster.Redis.Restart();
        foreach (var silo in cluster.Silos.ToList()) silo.Kill();
        Assert.False(client.Process.HasExited, "the faults must come mid-sweep");
        for (int i = 0; i < 3; i++) cluster.AddSilo(waitUntilUp: false);

        int code;
        try { code = client.WaitForExit(TimeSpan.FromMinutes(6)); }
        catch (TimeoutException e) { throw new TimeoutException(e.Message + "\nsilos:\n" + string.Join("\n----\n", cluster.Silos.Select(s => s.Err.Length > 3000 ? s.Err[^3000..] : s.Err))); }
        Assert.True(code == 0, client.Err);
        Assert.Contains("3000 replicates on the cluster at", client.Out);
        Assert.Equal(0, CliRunner.Run([.. sweep, "--out", tmp.Sub("embedded")]).Code);
        foreach (string name in Files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(tmp.Sub("embedded"), name)), File.ReadAllBytes(Path.Combine(tmp.Sub("cluster"), name)));
        var replicates = File.ReadLines(Path.Combine(tmp.Sub("cluster"), "replicates.csv")).Skip(1).Select(l => l[..l.IndexOf(',')]).Distinct().ToArray();
        Assert.Equal(Enumerable.Range(0, 3000).Select(i => i.ToString()), replicates); // every replicate once, in order
        Assert.Empty(RedisKeys.Of(cluster.Redis.Connection, id));
    }

    [SkippableFact]
    public void A_redis_restarted_without_its_data_fails_a_running_sweep_clearly_and_the_cluster_serves_new_ones()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var tmp = new TempDir();
        using var cluster = new ThreeSilos();
        using var client = Processes.Start("sweep", Scenarios.Shipped("baseline-uncertain"), "--replicates", "3000", "--batch-size", "16",
            "--cluster", cluster.Redis.Connection, "--out", tmp.Sub("lost"));
        Assert.True(client.WaitForProgress("baseline-uncertain", TimeSpan.FromMinutes(3)), client.Err);

        cluster.Redis.Kill();
        cluster.Redis.Restart(); // no persistence: an empty Redis on the same port
        Assert.Equal(1, client.WaitForExit(TimeSpan.FromMinutes(3)));
        Assert.Contains("vanished from the cluster's storage while it ran (was Redis restarted without persistence?)", client.Err);
        Assert.False(Directory.Exists(tmp.Sub("lost")));
        SweepAttempts.UntilOneCompletes(tmp.File("small.yaml", Scenarios.SmallUncertain()), cluster.Redis.Connection, tmp.Sub("new"), System.Diagnostics.Stopwatch.StartNew(), TimeSpan.FromSeconds(90));
    }
}
