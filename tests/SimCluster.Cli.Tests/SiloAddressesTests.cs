using System.Net;
using SimCluster.Silo;

namespace SimCluster.Cli.Tests;

/// <summary>Which address a silo listens on and which it advertises, from --listen and --advertise.</summary>
public sealed class SiloAddressesTests
{
    [Theory]
    [InlineData(null, null, "127.0.0.1", "127.0.0.1")]
    [InlineData(null, "10.0.0.5", "10.0.0.5", "10.0.0.5")]
    [InlineData("10.0.0.5", null, "10.0.0.5", "10.0.0.5")]
    [InlineData("0.0.0.0", null, "0.0.0.0", null)] // a container: Orleans advertises the host's address
    [InlineData("0.0.0.0", "10.0.0.5", "0.0.0.0", "10.0.0.5")]
    [InlineData("127.0.0.1", "10.0.0.5", "127.0.0.1", "10.0.0.5")]
    [InlineData("::", null, "::", null)]
    public void Listening_follows_advertising_and_defaults_to_loopback(string? listen, string? advertise, string listens, string? advertises)
    {
        var a = SiloAddresses.Resolve(listen is null ? null : IPAddress.Parse(listen), advertise is null ? null : IPAddress.Parse(advertise));
        Assert.Equal(IPAddress.Parse(listens), a.Listen);
        Assert.Equal(advertises is null ? null : IPAddress.Parse(advertises), a.Advertise);
    }

    [Fact]
    public void A_wildcard_cannot_be_advertised()
    {
        Assert.Throws<ArgumentException>(() => SiloAddresses.Resolve(null, IPAddress.Any));
        var (code, _, err) = CliRunner.Run("silo", "--redis", "127.0.0.1:1", "--advertise", "0.0.0.0");
        Assert.Equal(2, code);
        Assert.Equal("error: --advertise must be an address other silos can connect to, not 0.0.0.0 (use --listen 0.0.0.0 to listen on every interface)", err.Trim());
    }

    [Fact]
    public void A_listen_address_must_be_an_ip_address()
    {
        var (code, _, err) = CliRunner.Run("silo", "--redis", "127.0.0.1:1", "--listen", "example.org");
        Assert.Equal(2, code);
        Assert.Equal("error: --listen must be an IP address; got 'example.org'", err.Trim());
    }
}
