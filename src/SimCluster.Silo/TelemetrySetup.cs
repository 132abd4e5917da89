using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SimCluster.Abstractions;

namespace SimCluster.Silo;

/// <summary>
/// OpenTelemetry for silos and clients: SimCluster's own spans and metrics (<see cref="SimClusterTelemetry"/>), Orleans'
/// runtime and grain-call spans and its metrics, and Orleans' activity propagation, so that a span started by a caller
/// is the parent of the spans its grain calls start, in this process or another.
/// </summary>
public static class TelemetrySetup
{
    /// <summary>The service name on every span and metric.</summary>
    public const string ServiceName = "simcluster";

    /// <summary>The meter Orleans' runtime instruments are on.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Activity sources exported: SimCluster's, and Orleans' runtime and application (grain call) sources.</summary>
    public static IReadOnlyList<string> ActivitySources { get; } =
        [SimClusterTelemetry.Name, Orleans.Diagnostics.ActivitySources.RuntimeActivitySourceName, Orleans.Diagnostics.ActivitySources.ApplicationGrainActivitySourceName];

    /// <summary>Meters exported: SimCluster's and Orleans'.</summary>
    public static IReadOnlyList<string> Meters { get; } = [SimClusterTelemetry.Name, OrleansMeter];

    /// <summary>
    /// How often the console exporter prints the metrics while the process runs; it prints them once more when the
    /// host stops, so a short run prints its totals at the end.
    /// </summary>
    public static TimeSpan ConsoleMetricInterval { get; } = TimeSpan.FromSeconds(10);

    /// <summary>Adds telemetry to a silo, if <paramref name="settings"/> turn it on; "silo" or "embedded-silo" is its role.</summary>
    public static ISiloBuilder AddSimClusterTelemetry(this ISiloBuilder silo, TelemetrySettings? settings, string role)
    {
        if (settings is not { Enabled: true }) return silo;
        silo.AddActivityPropagation();
        AddOpenTelemetry(silo.Services, settings, role);
        return silo;
    }

    /// <summary>Adds telemetry to a cluster client, if <paramref name="settings"/> turn it on.</summary>
    public static IClientBuilder AddSimClusterTelemetry(this IClientBuilder client, TelemetrySettings? settings)
    {
        if (settings is not { Enabled: true }) return client;
        client.AddActivityPropagation();
        AddOpenTelemetry(client.Services, settings, "client");
        return client;
    }

    private static void AddOpenTelemetry(IServiceCollection services, TelemetrySettings settings, string role)
    {
        if (settings.Exporter != TelemetryExporter.Console) throw new ArgumentOutOfRangeException(nameof(settings), settings.Exporter, "unknown exporter");
        var writer = settings.Writer ?? Console.Error;
        services.AddSingleton(_ => new ConsoleExport(writer));
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName).AddAttributes([new("simcluster.role", role)]))
            // Taking the exporters from ConsoleExport creates it before the providers (see there).
            .WithTracing(t => t.AddSource([.. ActivitySources]).AddProcessor(sp => sp.GetRequiredService<ConsoleExport>().Spans()))
            .WithMetrics(m => m.AddMeter([.. Meters]).AddReader(sp => sp.GetRequiredService<ConsoleExport>().Metrics(ConsoleMetricInterval)));
    }
}
