using System.Diagnostics;
using System.Globalization;
using SimCluster.Abstractions;
using SimCluster.Model.Scenarios;
using SimCluster.Model.World;
using SimCluster.Scenarios;
using SimCluster.Silo;

namespace SimCluster.Benchmarks;

/// <summary>
/// Whole-scenario figures, measured in one process so their ratios are fair on a noisy shared machine: the plain
/// single-thread loop over SimCluster.Model, then the same scenario through the grains on an embedded silo. Each is
/// run once to warm up and then <c>--repeat</c> times; the best time is reported.
/// </summary>
public static class ScenarioBenchmark
{
    /// <summary>Runs the benchmark; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        string path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine("scenarios", "baseline.yaml");
        int repeat = args.SkipWhile(a => a != "--repeat").Skip(1).Select(int.Parse).FirstOrDefault(3);
        var loaded = ScenarioLoader.Load(path);
        if (!loaded.Succeeded)
        {
            foreach (var e in loaded.Errors) Console.Error.WriteLine($"error: {e}");
            return 2;
        }
        var spec = loaded.Scenario!.Spec;
        long labSteps = spec.Steps * spec.Labs.Count;
        Console.WriteLine($"scenario {spec.Name}: {spec.Labs.Count} labs x {spec.Steps} steps = {labSteps} lab-steps; best of {repeat} after a warm-up");

        var plain = Best(repeat, () => { WorldRun.RunAll(spec); return Task.CompletedTask; });

        await using var silo = await EmbeddedSilo.StartAsync();
        long callsBefore = silo.Calls.Calls;
        await ScenarioRunner.RunAsync(silo.Grains, spec);
        long callsPerRun = silo.Calls.Calls - callsBefore;
        var grains = Best(repeat, () => ScenarioRunner.RunAsync(silo.Grains, spec));

        var t = new[]
        {
            ("plain loop, one thread", plain),
            ("grains, embedded silo", grains),
        };
        Console.WriteLine($"{"",-24} {"wall s",8} {"lab-steps/s",12}");
        foreach (var (name, seconds) in t)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24} {seconds,8:F3} {labSteps / seconds,12:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"grain calls per run {callsPerRun:N0}, per lab-step {(double)callsPerRun / labSteps:F2}; embedded silo / plain loop time ratio {grains / plain:F1}"));
        return 0;
    }

    private static double Best(int repeat, Func<Task> run)
    {
        run().GetAwaiter().GetResult(); // warm-up: JIT, grain activation paths
        double best = double.MaxValue;
        for (int i = 0; i < repeat; i++)
        {
            var sw = Stopwatch.StartNew();
            run().GetAwaiter().GetResult();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return best;
    }
}
