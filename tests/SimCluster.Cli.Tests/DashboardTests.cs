using System.Net;
using SimCluster.Cli.Tests.Cluster;
using SimCluster.Silo;

namespace SimCluster.Cli.Tests;

/// <summary>The Orleans dashboard: served on 127.0.0.1 by a silo that asks for it; bad ports and addresses refused.</summary>
public sealed class DashboardTests
{
    [Fact]
    public async Task The_embedded_silo_serves_the_dashboard_and_its_api_on_loopback()
    {
        var endpoint = new DashboardEndpoint(FreePort.Next());
        await using var silo = await EmbeddedSilo.StartAsync(dashboard: endpoint);
        using var http = new HttpClient { BaseAddress = endpoint.Url, Timeout = TimeSpan.FromSeconds(30) };

        Assert.Equal("http://127.0.0.1:" + endpoint.Port + "/", endpoint.Url.ToString());
        using var page = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        using var counters = await http.GetAsync("/DashboardCounters"); // answered by the silo's dashboard grain
        Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
        Assert.Contains("totalActiveHostCount", await counters.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("99999")]
    [InlineData("-1")]
    [InlineData("http")]
    public void A_dashboard_port_outside_1_to_65535_is_a_usage_error(string port)
    {
        var (code, stdout, stderr) = CliRunner.Run("silo", "--redis", "127.0.0.1:1", "--dashboard", port);
        Assert.Equal(2, code);
        Assert.Equal($"error: --dashboard must be a port in [1, 65535]; got '{port}' (see 'simcluster silo --help')", stderr.Trim());
        Assert.Equal("", stdout);
    }

    [Fact]
    public void A_dashboard_host_must_be_an_ip_address_and_needs_a_port()
    {
        var bad = CliRunner.Run("silo", "--redis", "127.0.0.1:1", "--dashboard", "8080", "--dashboard-host", "example.org");
        Assert.Equal(2, bad.Code);
        Assert.Contains("error: --dashboard-host must be an IP address; got 'example.org'", bad.Err);
        var alone = CliRunner.Run("silo", "--redis", "127.0.0.1:1", "--dashboard-host", "0.0.0.0");
        Assert.Equal(2, alone.Code);
        Assert.Contains("error: --dashboard-host needs --dashboard PORT", alone.Err);
    }

    [Fact]
    public void The_endpoint_refuses_a_bad_port_and_writes_ipv6_urls_in_brackets()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DashboardEndpoint(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DashboardEndpoint(65536));
        Assert.Equal("http://[::1]:8080/", new DashboardEndpoint(8080, IPAddress.IPv6Loopback).Url.ToString());
    }
}
