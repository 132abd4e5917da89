using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SimCluster.Cli.Playground;
using SimCluster.Silo;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>`serve --cluster`: the playground on real silo processes joined through Redis serves what `run` writes on an embedded silo.</summary>
[Collection("real processes")]
public sealed class ClusterPlaygroundTests
{
    [SkippableFact]
    public async Task The_playground_on_two_silo_processes_serves_the_embedded_runs_files_and_finishes_a_quick_sweep()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var tmp = new TempDir();
        var (code, _, err) = CliRunner.Run("run", Scenarios.Shipped("data-wall"), "--out", tmp.Path);
        Assert.True(code == 0, err);

        using var cluster = new ThreeSilos(2);
        await using var playground = await PlaygroundHost.StartAsync(new ServeOptions(IPAddress.Loopback, 0, cluster.Redis.Connection), TelemetrySettings.None, CancellationToken.None);
        Assert.StartsWith("cluster at", playground.RunsOn);
        using var http = new HttpClient { BaseAddress = playground.Url, Timeout = TimeSpan.FromMinutes(2) };

        Assert.Equal(File.ReadAllBytes(Path.Combine(tmp.Path, "trajectories.csv")), await http.GetByteArrayAsync("api/download/trajectories.csv?preset=data-wall"));

        var start = await http.PostAsync("api/sweep?preset=baseline-uncertain&replicates=20", null);
        start.EnsureSuccessStatusCode();
        string id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        string phase;
        do
        {
            Assert.True(DateTime.UtcNow < deadline, "the quick sweep did not finish in 3 minutes");
            await Task.Delay(200);
            phase = (await http.GetFromJsonAsync<JsonElement>($"api/sweep/{id}")).GetProperty("phase").GetString()!;
        }
        while (phase == "running");
        Assert.Equal("done", phase);
    }
}
