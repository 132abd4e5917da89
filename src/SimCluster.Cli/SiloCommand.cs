using System.CommandLine;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SimCluster.Silo;

namespace SimCluster.Cli;

/// <summary>`simcluster silo`: a silo process that joins a cluster through Redis and serves until stopped.</summary>
public static class SiloCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter error, StopSignals signals)
    {
        var redis = new Option<string?>(SiloSettings.RedisOption) { Description = $"Redis connection string for membership and sweep storage, e.g. 127.0.0.1:6379 [env {SiloSettings.RedisVariable}]", HelpName = "connection" };
        var port = new Option<string?>(SiloSettings.PortOption) { Description = $"Silo-to-silo port [env {SiloSettings.PortVariable}; default {SiloSettings.DefaultPort}]", HelpName = "n" };
        var gateway = new Option<string?>(SiloSettings.GatewayPortOption) { Description = $"Client gateway port [env {SiloSettings.GatewayPortVariable}; default {SiloSettings.DefaultGatewayPort}]", HelpName = "n" };
        var advertise = new Option<string?>(SiloSettings.AdvertiseOption) { Description = $"IP address other silos and clients reach this one at [env {SiloSettings.AdvertiseVariable}; default: the --listen address, 127.0.0.1 without one, the host's address with --listen 0.0.0.0]", HelpName = "ip" };
        var listen = new Option<string?>(SiloSettings.ListenOption) { Description = $"IP address the silo and gateway ports listen on; they have no authentication, so 0.0.0.0 (every interface, e.g. in a container) only on a trusted network [env {SiloSettings.ListenVariable}; default: the --advertise address, 127.0.0.1 without one]", HelpName = "ip" };
        var command = new Command("silo",
            "Run a silo that joins a SimCluster cluster through Redis clustering and keeps sweep progress in Redis grain storage. " +
            $"Several silos can share a machine on different ports. Cluster and service ids come from {SiloSettings.ClusterIdVariable} and " +
            $"{SiloSettings.ServiceIdVariable} (default '{SiloSettings.DefaultClusterId}'). " +
            $"On Ctrl+C or SIGTERM it stops gracefully within {ClusteredSiloRunner.GracefulStopTimeout.TotalSeconds:0} s (exit 0; 130 or 143 if the graceful stop did not finish), at once on a second signal. " +
            "If its membership table vanishes (Redis restarted without its data), it restarts itself in place to register again.");
        foreach (var o in new[] { redis, port, gateway, advertise, listen }) command.Options.Add(o);
        var telemetry = TelemetryOption.AddTo(command);
        var dashboard = DashboardOption.AddTo(command);
        // The first signal (StopSignals, shared by every command) starts the graceful stop, a second ends the process.
        command.SetAction(result =>
        {
            var (clusterId, serviceId) = ClusterSiloOptions.IdsFromEnvironment();
            var options = new ClusterSiloOptions(
                Value(result, redis, SiloSettings.RedisVariable) ?? throw new UsageException($"{SiloSettings.RedisOption} is required (or set {SiloSettings.RedisVariable}): a Redis connection string such as 127.0.0.1:6379"),
                Port(result, port, SiloSettings.PortVariable, SiloSettings.DefaultPort),
                Port(result, gateway, SiloSettings.GatewayPortVariable, SiloSettings.DefaultGatewayPort),
                Addresses(result, listen, advertise), clusterId, serviceId);
            var dashboardAt = dashboard.Get(result);
            var telemetryTo = TelemetryOption.Get(result, telemetry, error);
            try
            {
                ListeningPorts.EnsureFree(options, dashboardAt);
            }
            catch (PortInUseException e)
            {
                throw new UsageException(e.Message);
            }

            signals.FirstMessage = $"stopping gracefully (at most {ClusteredSiloRunner.GracefulStopTimeout.TotalSeconds:0} s; signal again to stop at once)";
            void Up(IHost host, int incarnation)
            {
                var advertised = host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint.Address;
                error.WriteLine($"silo up{(incarnation > 1 ? $" again (incarnation {incarnation})" : "")}: cluster '{clusterId}', silo port {options.Port}, gateway port {options.GatewayPort}, {options.Addresses.Describe(advertised)}, redis {options.Redis}");
                if (dashboardAt is not null) error.WriteLine($"dashboard at {dashboardAt.Url}");
            }
            SiloExit exit;
            try
            {
                exit = ClusteredSiloRunner.RunAsync(options, () => ClusteredSilo.Build(options, LogLevel.Warning, telemetryTo, dashboardAt), Up, error, signals.Requested).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new UsageException($"the silo could not join the cluster at '{options.Redis}': {e.Message}");
            }
            switch (exit)
            {
                case SiloExit.Stopped:
                    error.WriteLine("silo stopped");
                    return ExitCodes.Ok;
                case SiloExit.StopTimedOut:
                    error.WriteLine($"error: the silo did not stop gracefully within {ClusteredSiloRunner.GracefulStopTimeout.TotalSeconds:0} s (is Redis reachable?); exiting anyway");
                    break;
                default:
                    error.WriteLine("error: the silo could not restart in place (its old incarnation kept its ports); exiting so that it can be restarted");
                    break;
            }
            // Exit now: what is left of the stop may go on for minutes, and the process must not wait for it.
            error.Flush();
            Environment.Exit(exit == SiloExit.StopTimedOut ? StopSignals.ExitCode(signals.First) : ExitCodes.Failure);
            return ExitCodes.Failure;
        });
        return command;
    }

    private static string? Value(ParseResult result, Option<string?> option, string variable) =>
        result.GetValue(option) ?? (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } v ? v : null);

    private static int Port(ParseResult result, Option<string?> option, string variable, int fallback)
    {
        string? text = Value(result, option, variable);
        if (text is null) return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p is >= 1 and <= 65535
            ? p
            : throw new UsageException($"{option.Name} must be a port in [1, 65535]; got '{text}'");
    }

    private static SiloAddresses Addresses(ParseResult result, Option<string?> listen, Option<string?> advertise)
    {
        var advertised = Address(result, advertise, SiloSettings.AdvertiseVariable);
        if (advertised is not null && SiloAddresses.IsWildcard(advertised))
            throw new UsageException($"{advertise.Name} must be an address other silos can connect to, not {advertised} (use {listen.Name} {advertised} to listen on every interface)");
        return SiloAddresses.Resolve(Address(result, listen, SiloSettings.ListenVariable), advertised);
    }

    private static IPAddress? Address(ParseResult result, Option<string?> option, string variable)
    {
        string? text = Value(result, option, variable);
        if (text is null) return null;
        return IPAddress.TryParse(text, out var ip) ? ip : throw new UsageException($"{option.Name} must be an IP address; got '{text}'");
    }
}
