using System.Net;
using System.Net.Sockets;

namespace SimCluster.Playground.Tests;

/// <summary>`simcluster serve` refuses what it cannot do safely before it starts anything.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    public void A_non_loopback_host_is_refused_without_allow_remote_and_says_there_is_no_authentication(string host)
    {
        var (code, output, error) = CliRun.Command("serve", "--host", host, "--port", "0");
        Assert.Equal(2, code);
        Assert.Contains("no authentication", error);
        Assert.Contains("--allow-remote", error);
        Assert.Equal("", output);
    }

    [Fact]
    public void A_port_in_use_is_refused_naming_the_option()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        int port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var (code, _, error) = CliRun.Command("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, code);
        Assert.Contains($"--port {port}", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("--port", "70000", "[0, 65535]")]
    [InlineData("--host", "example.org", "not an IP address")]
    [InlineData("--preset", "nothing-shipped", "no shipped scenario 'nothing-shipped'")]
    [InlineData("--set", "world.rl.headroom_eci=500", "[0, 200]")]
    public void Bad_options_are_usage_errors(string option, string value, string message)
    {
        string[] args = option == "--port" ? ["serve", option, value] : ["serve", "--port", "0", option, value];
        var (code, _, error) = CliRun.Command(args);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }
}
