using System.Net;
using System.Net.Sockets;

namespace SimCluster.Silo;

/// <summary>
/// Checks, before a silo starts, that the ports it will listen on are free. Orleans binds its listeners with address
/// reuse, so a second silo on a port in use starts anyway, registers the same endpoint with a newer generation, and
/// the healthy silo, seeing a newer copy of itself, declares itself dead. The check must come before the silo touches
/// the membership table.
/// </summary>
public static class ListeningPorts
{
    // Linux' SOL_SOCKET / SO_REUSEADDR: lets the probe bind over connections in TIME_WAIT (a silo restarted on its
    // port), but not over a listening socket. .NET's ReuseAddress would also set SO_REUSEPORT, which would let it
    // share the port with Orleans' listener and see nothing.
    private const int SolSocket = 1, SoReuseAddr = 2;

    /// <summary>Throws <see cref="PortInUseException"/> when the silo port, gateway port or dashboard port cannot be bound.</summary>
    public static void EnsureFree(ClusterSiloOptions options, DashboardEndpoint? dashboard)
    {
        if (options.Port == options.GatewayPort)
            throw new PortInUseException($"{SiloSettings.PortOption} and {SiloSettings.GatewayPortOption} must differ; both are {options.Port}");
        EnsureFree(options.Addresses.Listen, options.Port, SiloSettings.PortOption);
        EnsureFree(options.Addresses.Listen, options.GatewayPort, SiloSettings.GatewayPortOption);
        if (dashboard is not null) EnsureFree(dashboard.Address, dashboard.Port, "--dashboard");
    }

    /// <summary>Whether <paramref name="port"/> can be bound on <paramref name="address"/> right now.</summary>
    public static bool IsFree(IPAddress address, int port) => TryBind(address, port) is null;

    private static void EnsureFree(IPAddress address, int port, string option)
    {
        switch (TryBind(address, port))
        {
            case null:
                return;
            case SocketError.AddressAlreadyInUse:
                throw new PortInUseException($"port {port} is in use (another silo on this host?); choose another {option}");
            case SocketError.AddressNotAvailable:
                throw new PortInUseException($"cannot listen on {address}: it is not an address of this host");
            case var error:
                throw new PortInUseException($"cannot listen on {address} port {port} ({error}); choose another {option}");
        }
    }

    private static SocketError? TryBind(IPAddress address, int port)
    {
        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (OperatingSystem.IsLinux()) socket.SetRawSocketOption(SolSocket, SoReuseAddr, BitConverter.GetBytes(1));
        else if (OperatingSystem.IsWindows()) socket.ExclusiveAddressUse = true;
        try
        {
            socket.Bind(new IPEndPoint(address, port));
            socket.Listen();
            return null;
        }
        catch (SocketException e)
        {
            return e.SocketErrorCode;
        }
    }
}
