using System.Net;
using SimCluster.Silo;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>`simcluster silo --dashboard PORT`: a real silo process serving the dashboard on 127.0.0.1.</summary>
[Collection("real processes")]
public sealed class ClusterDashboardTests
{
    [SkippableFact]
    public async Task A_silo_started_with_dashboard_serves_it_on_loopback_and_says_where()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var redis = RedisServer.Start();
        int port = FreePort.Next();
        using var silo = Processes.Start("silo", "--redis", redis.Connection, "--port", FreePort.Next().ToString(),
            "--gateway-port", FreePort.Next().ToString(), "--dashboard", port.ToString());
        Assert.True(silo.WaitForError("dashboard at", TimeSpan.FromSeconds(60)), silo.Err);
        Assert.Contains($"dashboard at http://127.0.0.1:{port}/", silo.Err);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var page = await http.GetAsync($"http://127.0.0.1:{port}/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var hosts = await http.GetAsync($"http://127.0.0.1:{port}/ClusterStats");
        Assert.Equal(HttpStatusCode.OK, hosts.StatusCode);
    }
}
