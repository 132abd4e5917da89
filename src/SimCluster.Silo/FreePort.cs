using System.Net;
using System.Net.Sockets;

namespace SimCluster.Silo;

/// <summary>Finds free loopback ports, so several embedded silos (or test runs) can share a machine. Public so the
/// tests and benchmarks that start silo processes pick ports the same way.</summary>
public static class FreePort
{
    /// <summary>A port the OS reports free right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
