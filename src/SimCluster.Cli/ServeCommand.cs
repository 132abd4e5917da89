using System.CommandLine;
using System.Net;
using SimCluster.Cli.Playground;

namespace SimCluster.Cli;

/// <summary>`simcluster serve`: the playground, an interactive web front end on an embedded silo or a cluster.</summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var port = new NumberOption("--port", "Port to serve on (0: any free port)", "a whole number in [0, 65535]",
            v => v is >= 0 and <= 65535 && v == Math.Floor(v), ServeOptions.DefaultPort);
        var host = new Option<string>("--host") { Description = "Address to listen on [default: 127.0.0.1]; any other than loopback needs --allow-remote", HelpName = "ip" };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "Serve on a non-loopback --host: the playground has no authentication, so anyone who can reach it can run scenarios on this machine" };
        var cluster = new Option<string?>("--cluster") { Description = "Run on an external cluster reached through this Redis connection string (see `simcluster silo`) [default: an embedded silo]", HelpName = "connection" };
        var preset = new Option<string>("--preset") { Description = "Shipped scenario the printed link opens [default: baseline]", HelpName = "name" };
        var scenarios = new Option<string?>("--scenarios") { Description = "Folder of scenario files to offer as presets [default: the scenarios shipped with the program]", HelpName = "dir" };
        var set = SetOption.Create(distributions: true);
        var command = new Command("serve",
            "Serve the playground: pick or upload a scenario, move sliders and see every chart redraw, compare against a reference, run a quick " +
            "sweep for fan charts and a tornado, see what held each lab back, share a link that reproduces the view, and download the " +
            "resolved scenario and CSVs. Listens on loopback unless told otherwise; it has no authentication. Ctrl+C stops it.");
        command.Options.Add(port.Option);
        foreach (var o in new Option[] { host, allowRemote, cluster, preset, scenarios, set }) command.Options.Add(o);
        var telemetry = TelemetryOption.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var address = Address(result.GetValue(host), result.GetValue(allowRemote));
            var start = new PlaygroundState(result.GetValue(preset) ?? "baseline", null, (result.GetValue(set) ?? []).ToArray());
            var options = new ServeOptions(address, (int)port.Get(result), result.GetValue(cluster), result.GetValue(scenarios), Start: start);
            await using var playground = await PlaygroundHost.StartAsync(options, TelemetryOption.Get(result, telemetry, error), cancellationToken);
            // The link's run starts now, so the first page finds it ready (and the model's code compiled).
            _ = playground.Services.Runs.GetAsync(start).ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            output.WriteLine($"SimCluster playground at {playground.Url} (runs on the {playground.RunsOn})");
            output.WriteLine($"open {playground.Url}?{start.Query}");
            if (!IPAddress.IsLoopback(address))
                error.WriteLine($"warning: serving on {address}, reachable from other machines; the playground has no authentication");
            output.WriteLine("Ctrl+C stops it.");
            output.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("stopped");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IPAddress Address(string? host, bool allowRemote)
    {
        if (host is null || host == "localhost") return IPAddress.Loopback;
        if (!IPAddress.TryParse(host, out var address))
            throw new UsageException($"--host '{host}': not an IP address; give one such as 127.0.0.1 (the default) or ::1");
        if (!IPAddress.IsLoopback(address) && !allowRemote)
            throw new UsageException($"--host {host} is not a loopback address, and the playground has no authentication: anyone who can reach it " +
                "could run scenarios on this machine. Keep the default (127.0.0.1), or add --allow-remote on a trusted network");
        return address;
    }
}
