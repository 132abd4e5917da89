using System.Net;
using SimCluster.Cli.Playground;
using SimCluster.Silo;

namespace SimCluster.Playground.Tests;

/// <summary>One playground on an embedded silo, on a free loopback port, shared by the tests of <see cref="PlaygroundCollection"/>.</summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private PlaygroundHost? _host;

    /// <summary>The pages' address.</summary>
    public Uri Url => _host!.Url;

    /// <summary>A client for the API.</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _host = await PlaygroundHost.StartAsync(new ServeOptions(IPAddress.Loopback, 0), TelemetrySettings.None, CancellationToken.None);
        Http = new HttpClient { BaseAddress = _host.Url, Timeout = TimeSpan.FromMinutes(2) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_host is not null) await _host.DisposeAsync();
    }
}

/// <summary>Tests that share one playground; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "playground";
}
