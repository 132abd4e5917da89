using System.Net;
using System.Net.Sockets;

namespace SimCluster.Silo;

/// <summary>
/// Where a silo serves the Orleans dashboard over HTTP. The dashboard has no authentication: keep it on loopback
/// (<see cref="DefaultAddress"/>) unless the network in front of it is trusted.
/// </summary>
public sealed record DashboardEndpoint
{
    /// <summary>The address the dashboard listens on unless told otherwise: 127.0.0.1.</summary>
    public static IPAddress DefaultAddress => IPAddress.Loopback;

    /// <summary>An endpoint on <paramref name="address"/> (null: <see cref="DefaultAddress"/>) and <paramref name="port"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is not in [1, 65535].</exception>
    public DashboardEndpoint(int port, IPAddress? address = null)
    {
        if (port is < 1 or > 65535) throw new ArgumentOutOfRangeException(nameof(port), port, "must be a port in [1, 65535]");
        Port = port;
        Address = address ?? DefaultAddress;
    }

    /// <summary>The TCP port.</summary>
    public int Port { get; }

    /// <summary>The address listened on.</summary>
    public IPAddress Address { get; }

    /// <summary>The dashboard's address as a URL, e.g. http://127.0.0.1:8080/.</summary>
    public Uri Url => new($"http://{(Address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{Address}]" : Address.ToString())}:{Port}/");
}
