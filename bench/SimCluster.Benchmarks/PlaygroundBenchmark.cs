using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using SimCluster.Cli.Playground;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Sweeps;
using SimCluster.Model.World;
using SimCluster.Scenarios;
using SimCluster.Scenarios.Overrides;
using SimCluster.Silo;

namespace SimCluster.Benchmarks;

/// <summary>
/// The playground's two speed figures, each beside the plain model loop measured in the same run: a slider change on
/// `baseline` until the new run's data has been served (HTTP request to the last byte of the JSON; a new value every
/// time, so nothing comes from the cache), against one plain run of the same scenario; and a 500-replicate quick sweep
/// of `baseline-uncertain` (with its tornado), from the POST to the page's poll seeing it done, against the same runs
/// on the plain loop on all cores.
/// </summary>
public static class PlaygroundBenchmark
{
    private const string Slider = "world.rl.headroom_eci";

    /// <summary>Runs the benchmark; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        int changes = Option(args, "--changes", 40), replicates = Option(args, "--replicates", 500);
        await using var playground = await PlaygroundHost.StartAsync(new ServeOptions(IPAddress.Loopback, 0), TelemetrySettings.None, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = playground.Url, Timeout = TimeSpan.FromMinutes(5) };
        Console.WriteLine($"playground on the {playground.RunsOn}, {Environment.ProcessorCount} cores");

        // Slider: each change is a value never asked before.
        var served = new List<double>();
        var loop = new List<double>();
        for (int i = -3; i < changes; i++)
        {
            string value = (15 + (i + 3) * 0.01).ToString("R", CultureInfo.InvariantCulture);
            var clock = Stopwatch.StartNew();
            using (var response = await http.GetAsync($"api/run?preset=baseline&set={Uri.EscapeDataString($"{Slider}={value}")}"))
            {
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            }
            double ms = clock.Elapsed.TotalMilliseconds;
            var spec = Load("baseline", $"{Slider}={value}");
            clock.Restart();
            WorldRun.RunAll(spec);
            if (i >= 0) // the first three warm both up
            {
                served.Add(ms);
                loop.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        double servedMs = Median(served), loopMs = Median(loop);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"slider change on baseline ({changes} changes, medians): served in {servedMs:F0} ms (p90 {Percentile(served, 0.9):F0} ms); one plain run {loopMs:F0} ms; ratio {servedMs / loopMs:F2} (aim: under 150 ms)"));
        Console.WriteLine("  (a served run is the run on a grain, its twin without the data wall for 'years lost', the guards, and ~1 MB of JSON)");

        // Quick sweep, against the same Monte Carlo and tornado runs on the plain loop on all cores.
        var uncertain = Load("baseline-uncertain");
        var layout = new SweepLayout(uncertain);
        var tasks = new MonteCarloDesign(uncertain, replicates).Tasks().Concat(new OneAtATime(uncertain).Tasks()).ToArray();
        await QuickSweep(http, 50); // warm-up
        Parallel.ForEach(tasks.Take(50), t => ReplicateRunner.Run(uncertain, layout, t));
        double sweepSeconds = await QuickSweep(http, replicates);
        var loopClock = Stopwatch.StartNew();
        Parallel.ForEach(tasks, t => ReplicateRunner.Run(uncertain, layout, t));
        double loopSeconds = loopClock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"quick sweep of baseline-uncertain, {replicates} replicates + {tasks.Length - replicates} tornado runs: {sweepSeconds:F2} s; plain loop on all cores {loopSeconds:F2} s; ratio {sweepSeconds / loopSeconds:F2} (aim: under 2 s)"));
        return 0;
    }

    private static async Task<double> QuickSweep(HttpClient http, int replicates)
    {
        var clock = Stopwatch.StartNew();
        using var start = await http.PostAsync($"api/sweep?preset=baseline-uncertain&replicates={replicates}", null);
        start.EnsureSuccessStatusCode();
        string id = JsonDocument.Parse(await start.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        while (true)
        {
            using var status = JsonDocument.Parse(await http.GetStringAsync($"api/sweep/{id}"));
            string phase = status.RootElement.GetProperty("phase").GetString()!;
            if (phase == "done") return clock.Elapsed.TotalSeconds;
            if (phase == "failed") throw new InvalidOperationException(status.RootElement.GetProperty("error").GetString());
            await Task.Delay(50); // as often as a page would poll
        }
    }

    private static ScenarioSpec Load(string name, params string[] sets)
    {
        var overrides = sets.Select(s => ScenarioOverride.Parse(s, "--set", out _)!).ToArray();
        var loaded = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", name + ".yaml"), overrides);
        return loaded.Scenario?.Spec ?? throw new InvalidOperationException(loaded.Errors[0].ToString());
    }

    private static double Median(List<double> xs) => Percentile(xs, 0.5);

    private static double Percentile(List<double> xs, double q)
    {
        var sorted = xs.Order().ToArray();
        return sorted[(int)Math.Round(q * (sorted.Length - 1))];
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
