using System.Net;
using SimCluster.Silo;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>
/// A silo started with no address options listens on loopback only (it has no authentication), and
/// `--listen` is how a container opens it to its network.
/// </summary>
[Collection("real processes")]
public sealed class ClusterExposureTests
{
    [SkippableFact]
    public void A_silo_with_default_flags_accepts_connections_on_loopback_only()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var redis = RedisServer.Start();
        int port = FreePort.Next(), gateway = FreePort.Next();
        using var silo = Processes.Start("silo", "--redis", redis.Connection, "--port", port.ToString(), "--gateway-port", gateway.ToString());
        Assert.True(silo.WaitForError("silo up", TimeSpan.FromSeconds(60)), silo.Err);

        Assert.True(Processes.Accepts(IPAddress.Loopback, port), "silo port refused on 127.0.0.1");
        Assert.True(Processes.Accepts(IPAddress.Loopback, gateway), "gateway port refused on 127.0.0.1");
        var outside = Processes.NonLoopbackAddress();
        if (outside is not null)
        {
            Assert.False(Processes.Accepts(outside, port), $"silo port accepted on {outside}");
            Assert.False(Processes.Accepts(outside, gateway), $"gateway port accepted on {outside}");
        }
        Assert.Contains("listening on 127.0.0.1, advertised as 127.0.0.1", silo.Err);
        Skip.If(outside is null, "this machine has no non-loopback IPv4 address to check the other half on");
    }

    [Fact]
    public void Silo_help_documents_listen_and_its_variable()
    {
        var (code, stdout, _) = CliRunner.Run("silo", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--listen", stdout);
        Assert.Contains("SIMCLUSTER_LISTEN", stdout);
    }
}
