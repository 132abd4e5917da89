using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;
using SimCluster.Silo;

namespace SimCluster.Cli;

/// <summary>
/// --dashboard PORT [--dashboard-host IP]: serve the Orleans dashboard from this silo, on 127.0.0.1 unless the host
/// option says otherwise (it has no authentication). Bad values are usage errors before anything runs.
/// </summary>
public sealed class DashboardOption
{
    /// <summary>Option names.</summary>
    public const string PortName = "--dashboard", HostName = "--dashboard-host";

    private DashboardOption(Option<string?> port, Option<string?> host) => (Port, Host) = (port, host);

    /// <summary>The port option.</summary>
    public Option<string?> Port { get; }

    /// <summary>The address option.</summary>
    public Option<string?> Host { get; }

    /// <summary>Creates the two options and adds them to <paramref name="command"/>.</summary>
    public static DashboardOption AddTo(Command command)
    {
        var port = new Option<string?>(PortName)
        {
            Description = "Serve the Orleans dashboard over HTTP on this port (no authentication: see --dashboard-host) [default: no dashboard]",
            HelpName = "port",
        };
        var host = new Option<string?>(HostName)
        {
            Description = $"Address the dashboard listens on; 0.0.0.0 for every interface, only on a trusted network [default: {DashboardEndpoint.DefaultAddress}]",
            HelpName = "ip",
        };
        port.Validators.Add(r =>
        {
            if (ParsePort(r.GetValueOrDefault<string?>()) is null) r.AddError($"{PortName} must be a port in [1, 65535]; got '{r.GetValueOrDefault<string?>()}'");
        });
        host.Validators.Add(r =>
        {
            if (!IPAddress.TryParse(r.GetValueOrDefault<string?>(), out _)) r.AddError($"{HostName} must be an IP address; got '{r.GetValueOrDefault<string?>()}'");
        });
        command.Options.Add(port);
        command.Options.Add(host);
        command.Validators.Add(r =>
        {
            if (r.GetResult(host) is { Implicit: false } && r.GetResult(port) is null) r.AddError($"{HostName} needs {PortName} PORT");
        });
        return new DashboardOption(port, host);
    }

    /// <summary>Where to serve the dashboard, or null for none.</summary>
    public DashboardEndpoint? Get(ParseResult result)
    {
        if (result.GetValue(Port) is not { } text) return null;
        int port = ParsePort(text) ?? throw new UsageException($"{PortName} must be a port in [1, 65535]; got '{text}'");
        return new DashboardEndpoint(port, result.GetValue(Host) is { } ip ? IPAddress.Parse(ip) : null);
    }

    private static int? ParsePort(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p is >= 1 and <= 65535 ? p : null;
}
