using System.Net;
using System.Net.Sockets;

namespace SimCluster.Silo;

/// <summary>Finds free loopback ports, so several embedded silos (or test runs) can share a machine.</summary>
internal static class FreePort
{
    /// <summary>A port the OS reports free right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
