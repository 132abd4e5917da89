using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SimCluster.Cli.Runs;
using SimCluster.Silo;

namespace SimCluster.Cli.Playground;

/// <summary>
/// A running playground: its web server and the silo (or cluster client) it runs on. The port is bound first, so a
/// port in use is refused before any silo starts; then the silo starts and requests are served.
/// </summary>
public sealed class PlaygroundHost : IAsyncDisposable
{
    private readonly WebApplication _web;
    private readonly SweepTarget _target;

    private PlaygroundHost(WebApplication web, SweepTarget target, PlaygroundServices services, Uri url)
    {
        _web = web;
        _target = target;
        Services = services;
        Url = url;
    }

    /// <summary>The address the pages are at, e.g. http://127.0.0.1:5240/.</summary>
    public Uri Url { get; }

    /// <summary>What the endpoints share.</summary>
    public PlaygroundServices Services { get; }

    /// <summary>Where runs go: "embedded silo" or "cluster at ...".</summary>
    public string RunsOn => _target.Description;

    /// <summary>Starts a playground; a port in use or a bad folder is a <see cref="UsageException"/>.</summary>
    public static async Task<PlaygroundHost> StartAsync(ServeOptions options, TelemetrySettings telemetry, CancellationToken cancellationToken)
    {
        var presets = PresetCatalog.Load(options.ScenariosFolder ?? PresetCatalog.DefaultFolder);
        var frontier = FrontierOverlay.Load(options.FrontierTable ?? FrontierOverlay.DefaultPath);
        var access = new GrainAccess();
        var services = new PlaygroundServices(presets, frontier, access);
        if (options.Start is { } start)
        {
            try { services.Resolver.Resolve(start); }
            catch (PlaygroundException e) { throw new UsageException(e.Message); }
        }
        var web = PlaygroundServer.Build(options.Address, options.Port, services);
        try
        {
            await web.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            await web.DisposeAsync();
            throw new UsageException($"--port {options.Port}: cannot listen on {options.Address}:{options.Port} ({e.InnerException?.Message ?? e.Message}); " +
                "another program holds it: choose another with --port, or 0 for any free port");
        }
        SweepTarget target;
        try
        {
            target = await SweepTarget.OpenAsync(options.Cluster, telemetry, cancellationToken);
        }
        catch
        {
            await web.DisposeAsync();
            throw;
        }
        access.Ready(target.Grains);
        return new PlaygroundHost(web, target, services, BoundUrl(web, options.Address));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _web.StopAsync();
        await _web.DisposeAsync();
        await _target.DisposeAsync();
    }

    // The port actually bound (the one asked for, or the free one Kestrel chose for 0), at the address given.
    private static Uri BoundUrl(WebApplication web, IPAddress address)
    {
        string bound = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        int port = new Uri(bound).Port;
        string host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        return new Uri($"http://{host}:{port}/");
    }
}
