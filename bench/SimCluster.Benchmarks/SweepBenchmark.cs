using System.Diagnostics;
using System.Globalization;
using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;
using SimCluster.Scenarios;
using SimCluster.Silo;

namespace SimCluster.Benchmarks;

/// <summary>
/// Issue 4's sweep figures, measured in one run so the ratios are fair: replicate-steps per second for the plain
/// model loop on one thread and on all cores (Parallel.For), the embedded silo, and three local silo processes joined
/// through Redis. Every variant computes the same outcomes and merges them into the same summary.
/// </summary>
public static class SweepBenchmark
{
    /// <summary>Runs the benchmark; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        string path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)) ?? Path.Combine("scenarios", "baseline-uncertain.yaml");
        int replicates = args.SkipWhile(a => a != "--replicates").Skip(1).Select(int.Parse).FirstOrDefault(10_000);
        int singleThread = Math.Min(replicates, args.SkipWhile(a => a != "--single-thread-replicates").Skip(1).Select(int.Parse).FirstOrDefault(500));
        var loaded = ScenarioLoader.Load(path);
        if (!loaded.Succeeded)
        {
            foreach (var e in loaded.Errors) Console.Error.WriteLine($"error: {e}");
            return 2;
        }
        var spec = loaded.Scenario!.Spec;
        var layout = new SweepLayout(spec);
        var tasks = SweepPlan.MonteCarlo(spec, replicates);
        Console.WriteLine($"sweep of {spec.Name}: {replicates:N0} replicates x {spec.Steps} steps x {spec.Labs.Count} labs, {Environment.ProcessorCount} cores, batch size 64");

        // Warm-up: JIT the model once.
        foreach (var t in tasks.Take(8)) ReplicateRunner.Run(spec, layout, t);

        var results = new List<(string Name, int Replicates, double Seconds)>();
        // One thread is measured on a prefix of the replicates: the full count would take minutes and says nothing more.
        results.Add(("plain loop, one thread", singleThread, Time(() => Summarize(spec, tasks.Take(singleThread).Select(t => ReplicateRunner.Run(spec, layout, t)).ToArray()))));
        results.Add(("plain loop, all cores", replicates, Time(() =>
        {
            var outcomes = new ReplicateOutcome[tasks.Count];
            Parallel.For(0, tasks.Count, i => outcomes[i] = ReplicateRunner.Run(spec, layout, tasks[i]));
            Summarize(spec, outcomes);
        })));

        await using (var silo = await EmbeddedSilo.StartAsync())
            results.Add(("embedded silo", replicates, await TimeAsync(() => SweepRunner.RunAsync(silo.Grains, Request(spec, replicates)))));

        using (var cluster = LocalCluster.Start(3))
        await using (var client = await ClusterClient.ConnectAsync(cluster.Redis, TimeSpan.FromSeconds(30)))
            results.Add(("3 silo processes", replicates, await TimeAsync(() => SweepRunner.RunAsync(client.Grains, Request(spec, replicates)))));

        double Rate((string, int Replicates, double Seconds) r) => r.Replicates * (double)spec.Steps / r.Seconds;
        Console.WriteLine($"{"",-24} {"replicates",10} {"wall s",8} {"replicate-steps/s",18} {"vs all-cores loop",18}");
        double reference = Rate(results[1]);
        foreach (var r in results)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Name,-24} {r.Replicates,10:N0} {r.Seconds,8:F1} {Rate(r),18:N0} {Rate(r) / reference,18:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all cores / one thread {reference / Rate(results[0]):F2}; embedded silo / all-cores loop {Rate(results[2]) / reference:F2} (aim >= 0.80); {replicates:N0} replicates on the embedded silo in {results[2].Seconds:F0} s (aim < 60 s)"));
        return 0;
    }

    // The loops merge their outcomes into the same summary the grains produce, so every variant does the same work.
    private static void Summarize(Model.Scenarios.ScenarioSpec spec, IEnumerable<ReplicateOutcome> outcomes)
    {
        var acc = new SweepAccumulator(spec);
        acc.Add(outcomes);
        acc.Build();
    }

    private static SweepRequest Request(Model.Scenarios.ScenarioSpec spec, int replicates) =>
        new(GrainKeys.NewRunId(), spec, SweepKind.MonteCarlo, replicates, 64);

    private static double Time(Action run)
    {
        var sw = Stopwatch.StartNew();
        run();
        return sw.Elapsed.TotalSeconds;
    }

    private static async Task<double> TimeAsync(Func<Task> run)
    {
        var sw = Stopwatch.StartNew();
        await run();
        return sw.Elapsed.TotalSeconds;
    }
}
