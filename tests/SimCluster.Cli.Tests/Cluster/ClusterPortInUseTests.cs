using SimCluster.Silo;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>
/// A silo started on a port another silo of the host already uses refuses to start, before it registers in
/// the membership table (where its newer generation would make the healthy silo declare itself dead).
/// </summary>
[Collection("real processes")]
public sealed class ClusterPortInUseTests
{
    [SkippableFact]
    public async Task A_second_silo_on_a_port_in_use_exits_2_and_the_first_keeps_serving()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var redis = RedisServer.Start();
        int port = FreePort.Next(), gateway = FreePort.Next();
        using var first = Processes.Start("silo", "--redis", redis.Connection, "--port", port.ToString(), "--gateway-port", gateway.ToString());
        Assert.True(first.WaitForError("silo up", TimeSpan.FromSeconds(60)), first.Err);

        using (var samePort = Processes.Start("silo", "--redis", redis.Connection, "--port", port.ToString(), "--gateway-port", FreePort.Next().ToString()))
        {
            Assert.Equal(2, samePort.WaitForExit(TimeSpan.FromSeconds(60)));
            Assert.Equal($"error: port {port} is in use (another silo on this host?); choose another --port", samePort.Err.Trim());
        }
        using (var sameGateway = Processes.Start("silo", "--redis", redis.Connection, "--port", FreePort.Next().ToString(), "--gateway-port", gateway.ToString()))
        {
            Assert.Equal(2, sameGateway.WaitForExit(TimeSpan.FromSeconds(60)));
            Assert.Equal($"error: port {gateway} is in use (another silo on this host?); choose another --gateway-port", sameGateway.Err.Trim());
        }

        // The first silo is still the one active member, and answers a client.
        await using var client = await ClusterClient.ConnectAsync(redis.Connection, TimeSpan.FromSeconds(30));
        var hosts = await client.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(port, Assert.Single(hosts).Key.Endpoint.Port);
        Assert.False(first.Process.HasExited, first.Err);
        Assert.DoesNotContain("dead", first.Err, StringComparison.OrdinalIgnoreCase);
    }

    // No Redis needed: the ports are checked before the silo reaches for the cluster, so the unreachable Redis at
    // 127.0.0.1:1 is never tried (trying it would end in "could not join the cluster" instead of this line).
    [Theory]
    [InlineData("--port")]
    [InlineData("--gateway-port")]
    [InlineData("--dashboard")]
    public void A_port_in_use_exits_2_naming_the_option_and_port_before_joining(string option)
    {
        var ports = new Dictionary<string, int> { ["--port"] = FreePort.Next(), ["--gateway-port"] = FreePort.Next(), ["--dashboard"] = FreePort.Next() };
        var holder = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, ports[option]);
        holder.Start();
        try
        {
            var (code, _, err) = CliRunner.Run(["silo", "--redis", "127.0.0.1:1", .. ports.SelectMany(p => new[] { p.Key, p.Value.ToString() })]);
            Assert.Equal(2, code);
            Assert.Equal($"error: port {ports[option]} is in use (another silo on this host?); choose another {option}", err.Trim());
        }
        finally
        {
            holder.Stop();
        }
    }

    [Fact]
    public void The_silo_and_gateway_ports_must_differ()
    {
        var (code, _, err) = CliRunner.Run("silo", "--redis", "127.0.0.1:1", "--port", "40001", "--gateway-port", "40001");
        Assert.Equal(2, code);
        Assert.Equal("error: --port and --gateway-port must differ; both are 40001", err.Trim());
    }
}
