using SimCluster.Silo;

namespace SimCluster.Cli.Runs;

/// <summary>Where a sweep runs: an embedded silo (default) or an external cluster reached through Redis.</summary>
public sealed class SweepTarget : IAsyncDisposable
{
    private readonly IAsyncDisposable _owner;

    private SweepTarget(IGrainFactory grains, IAsyncDisposable owner, string description, string? connection)
    {
        Grains = grains;
        _owner = owner;
        Description = description;
        Connection = connection;
    }

    /// <summary>The grain factory to submit to.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>"embedded silo" or "cluster at CONN".</summary>
    public string Description { get; }

    /// <summary>The cluster's connection string; null for the embedded silo.</summary>
    public string? Connection { get; }

    /// <summary>Whether the sweep runs on a cluster that outlives this process.</summary>
    public bool IsCluster => Connection is not null;

    /// <summary>Connects to <paramref name="cluster"/>, or starts an embedded silo when it is null; either with <paramref name="telemetry"/>.</summary>
    public static async Task<SweepTarget> OpenAsync(string? cluster, TelemetrySettings telemetry, CancellationToken cancellationToken)
    {
        if (cluster is null)
        {
            var silo = await EmbeddedSilo.StartAsync(telemetry, cancellationToken: cancellationToken);
            return new SweepTarget(silo.Grains, silo, "embedded silo", null);
        }
        try
        {
            var client = await ClusterClient.ConnectAsync(cluster, TimeSpan.FromSeconds(15), telemetry, cancellationToken);
            return new SweepTarget(client.Grains, client, $"cluster at {cluster}", cluster);
        }
        catch (ClusterUnreachableException e)
        {
            throw new UsageException($"--cluster: {e.Message}");
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _owner.DisposeAsync();
}
