using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;
using SimCluster.Grains;
using StackExchange.Redis;

namespace SimCluster.Silo;

/// <summary>
/// A silo that joins a cluster through Redis (the Orleans Redis clustering provider) and keeps sweep progress and
/// batch results in Redis grain storage, so a sweep survives losing the silo it ran on.
/// </summary>
public static class ClusteredSilo
{
    /// <summary>
    /// Builds the silo host; <see cref="ClusteredSiloRunner"/> runs it (its signals are the caller's). <paramref name="telemetry"/> (null: none) says where its traces and
    /// metrics go; with <paramref name="dashboard"/>, it serves the Orleans dashboard there. The dashboard shows the
    /// whole cluster only when every silo has it (each silo's dashboard services feed it).
    /// </summary>
    public static IHost Build(ClusterSiloOptions o, LogLevel logLevel = LogLevel.Warning, TelemetrySettings? telemetry = null, DashboardEndpoint? dashboard = null)
    {
        var builder = SiloHost.CreateBuilder(dashboard);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(logLevel)
            // Start-up notes about server GC and watchdog timing on a busy small machine are not actionable here.
            .AddFilter("Orleans.Runtime.Silo", LogLevel.Error).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.UseOrleans(silo =>
        {
            silo.UseRedisClustering(o.Redis)
                .Configure<ClusterOptions>(c => (c.ClusterId, c.ServiceId) = (o.ClusterId, o.ServiceId))
                .Configure<EndpointOptions>(e =>
                {
                    e.SiloPort = o.Port;
                    e.GatewayPort = o.GatewayPort;
                    // Null only when listening on every interface with nothing advertised: Orleans then picks the
                    // host's address, which in a container is the one the others reach it at.
                    if (o.Addresses.Advertise is { } ip) e.AdvertisedIPAddress = ip;
                    e.SiloListeningEndpoint = new IPEndPoint(o.Addresses.Listen, o.Port);
                    e.GatewayListeningEndpoint = new IPEndPoint(o.Addresses.Listen, o.GatewayPort);
                })
                // Dead silos voted out in seconds, so sweeps move on and a restarted cluster is usable at once.
                .UseSimClusterFailureDetection()
                // A collected sweep deletes its keys; one nobody collects goes SweepRetention after its last write.
                .AddRedisGrainStorage(SweepStorage.Name, s =>
                {
                    s.ConfigurationOptions = ConfigurationOptions.Parse(o.Redis);
                    s.DeleteStateOnClear = true;
                    s.EntryExpiry = SweepStorage.Retention;
                })
                // A reminder wakes a sweep whose silo died while no client polled it.
                .UseRedisReminderService(r => r.ConfigurationOptions = ConfigurationOptions.Parse(o.Redis))
                .AddSimCluster()
                .AddSimClusterTelemetry(telemetry, "silo")
                .AddDashboardIf(dashboard);
        });
        // Finish a graceful stop well inside the 90 s grace period of deploy/ (Kubernetes and compose); the runner
        // enforces it, since Orleans does not always honour this token.
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = ClusteredSiloRunner.GracefulStopTimeout);
        // Signals are the caller's (the silo command's): registered last, so it replaces the console lifetime.
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        // A vote of the cluster ends this incarnation, not the process (registered last, so it replaces Orleans' own).
        builder.Services.AddSingleton<DeclaredDead>();
        builder.Services.AddSingleton<IFatalErrorHandler>(sp => sp.GetRequiredService<DeclaredDead>());
        return SiloHost.Build(builder);
    }
}
