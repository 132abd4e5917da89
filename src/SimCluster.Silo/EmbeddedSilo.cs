using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SimCluster.Grains;

namespace SimCluster.Silo;

/// <summary>
/// A single-machine silo inside the calling process (the default for `simcluster run`): localhost clustering on free
/// ports, in-memory everything, no external server. Grain calls go straight to its grain factory.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
        Calls = host.Services.GetRequiredService<GrainCallCounter>();
    }

    /// <summary>The silo's grain factory.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>Grain calls received by SimCluster grains.</summary>
    public GrainCallCounter Calls { get; }

    /// <summary>
    /// Starts a silo. Orleans logs only errors, to stderr, keeping stdout for results: its start-up warnings (server GC,
    /// watchdog notes on a busy 2-core machine) say nothing actionable to someone running a scenario.
    /// </summary>
    public static Task<EmbeddedSilo> StartAsync(CancellationToken cancellationToken) => StartAsync(null, null, cancellationToken);

    /// <summary>
    /// Starts a silo with <paramref name="telemetry"/> (null: none) and, when <paramref name="dashboard"/> is given, the
    /// Orleans dashboard served on it. Logging as in <see cref="StartAsync(CancellationToken)"/>.
    /// </summary>
    public static async Task<EmbeddedSilo> StartAsync(TelemetrySettings? telemetry = null, DashboardEndpoint? dashboard = null, CancellationToken cancellationToken = default)
    {
        var builder = SiloHost.CreateBuilder(dashboard);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Error);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next()).AddSimCluster().AddMemoryGrainStorage(SweepStorage.Name).UseInMemoryReminderService()
            .AddSimClusterTelemetry(telemetry, "embedded-silo").AddDashboardIf(dashboard));
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        var host = SiloHost.Build(builder);
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new EmbeddedSilo(host);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
