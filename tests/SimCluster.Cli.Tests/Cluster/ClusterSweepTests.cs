using System.Text.Json;
using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;
using SimCluster.Scenarios;
using SimCluster.Silo;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>
/// Sweeps on real silo processes joined through a real redis-server, as deployed: the same bands as the embedded silo,
/// a sweep that survives kill -9 of the silo coordinating it, and a silo that joins mid-sweep taking work.
/// </summary>
[Collection("real processes")] // one cluster at a time: they share two cores
public sealed class ClusterSweepTests
{
    private static LoadedScenario Scenario(string text)
    {
        var r = ScenarioLoader.Parse(text, "test.yaml");
        Assert.True(r.Succeeded, string.Join("\n", r.Errors));
        return r.Scenario!;
    }

    // The shipped baseline-uncertain (4 labs, 40 years): heavy enough per replicate that a sweep is still running
    // when a silo dies or joins.
    private static SweepRequest Request(int replicates, int batchSize) =>
        new(GrainKeys.NewRunId(), Scenario(File.ReadAllText(Scenarios.Shipped("baseline-uncertain"))).Spec, SweepKind.MonteCarlo, replicates, batchSize);

    private static string Text(object o) => JsonSerializer.Serialize(o, ModelSerialization.Options);

    private static async Task<(SweepSummary Summary, List<ReplicateRecord> Records)> Embedded(SweepRequest request)
    {
        await using var silo = await EmbeddedSilo.StartAsync();
        return await new SweepClient(silo.Grains).RunAsync(request with { SweepId = GrainKeys.NewRunId() });
    }

    [SkippableFact]
    public void Three_silo_processes_write_the_same_bands_as_the_embedded_silo()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var tmp = new TempDir();
        string file = tmp.File("u.yaml", Scenarios.SmallUncertain(2040));
        using var cluster = new ThreeSilos();

        using var client = Processes.Start("sweep", file, "--replicates", "60", "--batch-size", "7", "--cluster", cluster.Redis.Connection, "--out", tmp.Sub("cluster"));
        Assert.True(client.WaitForExit(TimeSpan.FromMinutes(3)) == 0, client.Err);
        Assert.Contains("60 replicates on the cluster at", client.Out);
        Assert.Equal(0, CliRunner.Run("sweep", file, "--replicates", "60", "--out", tmp.Sub("embedded")).Code);

        Assert.Equal(File.ReadAllBytes(Path.Combine(tmp.Sub("embedded"), "bands.csv")), File.ReadAllBytes(Path.Combine(tmp.Sub("cluster"), "bands.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(tmp.Sub("embedded"), "replicates.csv")), File.ReadAllBytes(Path.Combine(tmp.Sub("cluster"), "replicates.csv")));
    }

    [SkippableFact]
    public async Task Killing_the_silo_that_coordinates_a_sweep_loses_and_duplicates_nothing()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        var request = Request(480, 8);
        using var cluster = new ThreeSilos();
        await using var client = await ClusterClient.ConnectAsync(cluster.Redis.Connection, TimeSpan.FromSeconds(30));

        int killedPort = 0;
        var killer = new Progress<SweepStatus>();
        var kill = new TaskCompletionSource<int>();
        killer.ProgressChanged += (_, p) => { if (p.BatchesDone >= 3 && !p.Finished) kill.TrySetResult(p.BatchesDone); };
        var sweep = new SweepClient(client.Grains).RunAsync(request, killer, TimeSpan.FromMilliseconds(100));

        int doneWhenKilled = await kill.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var stats = await client.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        killedPort = stats.First(s => s.GrainType.Contains("SweepGrain", StringComparison.Ordinal) || s.GrainType.Contains("sweep", StringComparison.OrdinalIgnoreCase)).SiloAddress.Endpoint.Port;
        var victim = cluster.Silos.Single(s => s.Process.StartInfo.ArgumentList.Contains(killedPort.ToString()));
        victim.Kill(); // kill -9: no graceful shutdown, its in-memory grains are gone

        var (summary, records) = await sweep.WaitAsync(TimeSpan.FromMinutes(4));
        Assert.True(doneWhenKilled < 60, "the silo must die mid-sweep");
        Assert.Equal(Enumerable.Range(0, 480).Select(i => (long)i), records.Select(o => o.Replicate)); // every replicate exactly once
        Assert.Equal(480, summary.Replicates);
        var embedded = await Embedded(request);
        Assert.Equal(Text(embedded.Summary), Text(summary));
        Assert.Equal(Text(embedded.Records), Text(records));
    }

    [SkippableFact]
    public async Task A_silo_that_joins_mid_sweep_takes_work()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        var request = Request(2000, 8);
        using var cluster = new ThreeSilos(count: 2);
        await using var client = await ClusterClient.ConnectAsync(cluster.Redis.Connection, TimeSpan.FromSeconds(30));

        var joined = new TaskCompletionSource();
        var watcher = new Progress<SweepStatus>();
        watcher.ProgressChanged += (_, p) => { if (p.BatchesDone >= 1) joined.TrySetResult(); };
        var sweep = new SweepClient(client.Grains).RunAsync(request, watcher, TimeSpan.FromMilliseconds(100));
        await joined.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var newcomer = cluster.AddSilo();
        string newPort = newcomer.Process.StartInfo.ArgumentList[newcomer.Process.StartInfo.ArgumentList.IndexOf("--port") + 1];

        // A batch grain lets itself go once its records are taken, so look while the sweep runs.
        var management = client.Grains.GetGrain<IManagementGrain>(0);
        bool seen = false;
        while (!sweep.IsCompleted && !seen)
        {
            var stats = await management.GetDetailedGrainStatistics();
            seen = stats.Any(s => s.GrainType.Contains("batch", StringComparison.OrdinalIgnoreCase) && s.SiloAddress.Endpoint.Port.ToString() == newPort);
            await Task.WhenAny(sweep, Task.Delay(200));
        }
        var (summary, _) = await sweep.WaitAsync(TimeSpan.FromMinutes(4));
        Assert.Equal(2000, summary.Replicates);
        Assert.True(seen, "the silo that joined mid-sweep ran no batch");
    }
}
