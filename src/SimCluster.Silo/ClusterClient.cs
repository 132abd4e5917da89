using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Serialization;
using SimCluster.Abstractions;

namespace SimCluster.Silo;

/// <summary>A client of a Redis-clustered SimCluster cluster, for `sweep --cluster`.</summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClient(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>The cluster's grain factory.</summary>
    public IClusterClient Grains { get; }

    /// <summary>
    /// Connects, or fails within <paramref name="timeout"/> with a <see cref="ClusterUnreachableException"/> naming
    /// the connection string: an unreachable Redis or a cluster with no silos is a clear error, not a hang.
    /// </summary>
    public static Task<ClusterClient> ConnectAsync(string redis, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        ConnectAsync(redis, timeout, null, cancellationToken);

    /// <summary>Connects as <see cref="ConnectAsync(string, TimeSpan, CancellationToken)"/>, with <paramref name="telemetry"/> (null: none).</summary>
    public static async Task<ClusterClient> ConnectAsync(string redis, TimeSpan timeout, TelemetrySettings? telemetry, CancellationToken cancellationToken = default)
    {
        var (clusterId, serviceId) = ClusterSiloOptions.IdsFromEnvironment();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseRedisClustering(redis).Configure<ClusterOptions>(c => (c.ClusterId, c.ServiceId) = (clusterId, serviceId));
            client.UseSimClusterGatewayDiscovery();
            client.Services.AddSerializer(s => s.AddSimClusterModel());
            client.AddSimClusterTelemetry(telemetry);
        });
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        var host = builder.Build();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await host.StartAsync(deadline.Token);
            return new ClusterClient(host);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            string why = e is OperationCanceledException ? $"no answer within {timeout.TotalSeconds:0} s" : e.Message;
            throw new ClusterUnreachableException($"cannot reach the cluster at '{redis}' (cluster '{clusterId}'): {why}", e);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try { await _host.StopAsync(TimeSpan.FromSeconds(5)); }
        finally { _host.Dispose(); }
    }
}
