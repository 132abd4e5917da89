using System.Diagnostics;
using System.Globalization;
using SimCluster.Abstractions;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Sweeps;
using SimCluster.Scenarios;
using SimCluster.Silo;

namespace SimCluster.Benchmarks;

/// <summary>
/// The sweep throughput figures the README quotes, measured in one run so the ratios are fair: replicate-steps per
/// second for the plain model loop on one thread and on all cores (Parallel.For), the embedded silo, and three local
/// silo processes joined through Redis (with append-only persistence, as deployed). Every variant computes the same
/// replicates and merges them into the same summary and records. Then the peak resident memory of the
/// `simcluster sweep` command (embedded silo, files written) at several sizes, to show whether it grows with the
/// replicates.
/// </summary>
public static class SweepBenchmark
{
    /// <summary>Runs the benchmark; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        string path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)) ?? Path.Combine("scenarios", "baseline-uncertain.yaml");
        int replicates = Option(args, "--replicates", 10_000);
        int singleThread = Math.Min(replicates, Option(args, "--single-thread-replicates", 500));
        int[] memorySizes = Options(args, "--memory", [1_000, 10_000, 30_000]);
        var loaded = ScenarioLoader.Load(path);
        if (!loaded.Succeeded)
        {
            foreach (var e in loaded.Errors) Console.Error.WriteLine($"error: {e}");
            return 2;
        }
        var spec = loaded.Scenario!.Spec;
        var layout = new SweepLayout(spec);
        var design = new MonteCarloDesign(spec, replicates);
        var tasks = design.Tasks().ToArray();
        Console.WriteLine($"sweep of {spec.Name}: {replicates:N0} replicates x {spec.Steps} steps x {spec.Labs.Count} labs, {Environment.ProcessorCount} cores, batch size 64");

        // Warm-up: JIT the model once.
        foreach (var t in tasks.Take(8)) ReplicateRunner.Run(spec, layout, t);

        var results = new List<(string Name, int Replicates, double Seconds)>();
        // One thread is measured on a prefix of the replicates: the full count would take minutes and says nothing more.
        results.Add(("plain loop, one thread", singleThread, Time(() => Loop(spec, layout, tasks.Take(singleThread).ToArray(), parallel: false))));
        results.Add(("plain loop, all cores", replicates, Time(() => Loop(spec, layout, tasks, parallel: true))));

        // Each silo variant first runs a small sweep, so every process has compiled the model's hot loop before the
        // clock starts, as the loops above had.
        await using (var silo = await EmbeddedSilo.StartAsync())
        {
            await new SweepClient(silo.Grains).RunAsync(Request(spec, 256));
            results.Add(("embedded silo", replicates, await TimeAsync(() => new SweepClient(silo.Grains).RunAsync(Request(spec, replicates)))));
        }

        using (var cluster = LocalCluster.Start(3))
        await using (var client = await ClusterClient.ConnectAsync(cluster.Redis, TimeSpan.FromSeconds(30)))
        {
            await new SweepClient(client.Grains).RunAsync(Request(spec, 768));
            results.Add(("3 silo processes", replicates, await TimeAsync(() => new SweepClient(client.Grains).RunAsync(Request(spec, replicates)))));
        }

        double Rate((string, int Replicates, double Seconds) r) => r.Replicates * (double)spec.Steps / r.Seconds;
        Console.WriteLine($"{"",-24} {"replicates",10} {"wall s",8} {"replicate-steps/s",18} {"vs all-cores loop",18}");
        double reference = Rate(results[1]);
        foreach (var r in results)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Name,-24} {r.Replicates,10:N0} {r.Seconds,8:F1} {Rate(r),18:N0} {Rate(r) / reference,18:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"embedded silo / all-cores loop {Rate(results[2]) / reference:F2} (aim >= 0.90); 3 silo processes / embedded silo {Rate(results[3]) / Rate(results[2]):F2} (aim >= 0.80)"));

        Console.WriteLine();
        Console.WriteLine($"peak resident memory of `simcluster sweep {Path.GetFileName(path)} --replicates N` (embedded silo, files written):");
        string dll = Path.Combine(AppContext.BaseDirectory, "simcluster.dll");
        var memory = new List<(int N, double Mb, double Seconds)>();
        foreach (int n in memorySizes)
        {
            string dir = Directory.CreateTempSubdirectory("simcluster-bench-").FullName;
            try
            {
                var (code, mb, seconds) = PeakMemory.Run("dotnet", [dll, "sweep", path, "--replicates", n.ToString(CultureInfo.InvariantCulture), "--out", Path.Combine(dir, "out")]);
                if (code != 0) throw new InvalidOperationException($"simcluster sweep --replicates {n} exited {code}");
                memory.Add((n, mb, seconds));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {n,10:N0} replicates: {mb,7:F0} MB peak, {seconds,6:F1} s"));
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        for (int i = 1; i < memory.Count; i++)
        {
            var (from, to) = (memory[i - 1], memory[i]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {from.N:N0} -> {to.N:N0} replicates: {to.Mb / from.Mb:F2}x the peak memory, {(to.Mb - from.Mb) * 1024 / (to.N - from.N):F2} KB per extra replicate"));
        }
        Console.WriteLine($"  (the bands keep the band values of the first {BandReservoir.MaxReplicates:N0} replicates, about 10 KB each for this scenario; nothing else grows with N)");
        return 0;
    }

    // The loops merge their replicates into the same summary and records the grains produce, so every variant does the
    // same work; all cores run one Parallel.For over every replicate, the most a loop can get from them.
    private static void Loop(ScenarioSpec spec, SweepLayout layout, ReplicateTask[] tasks, bool parallel)
    {
        var outcomes = new ReplicateOutcome[tasks.Length];
        if (parallel) Parallel.For(0, tasks.Length, i => outcomes[i] = ReplicateRunner.Run(spec, layout, tasks[i]));
        else for (int i = 0; i < tasks.Length; i++) outcomes[i] = ReplicateRunner.Run(spec, layout, tasks[i]);
        var acc = new SweepAccumulator(spec, tasks.Length);
        acc.Add(outcomes);
        acc.Build();
        GC.KeepAlive(outcomes.Select(o => ReplicateRecord.Of(o, null)).ToArray());
    }

    private static SweepRequest Request(ScenarioSpec spec, int replicates) =>
        new(GrainKeys.NewRunId(), spec, SweepKind.MonteCarlo, replicates, 64);

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(fallback);

    private static int[] Options(string[] args, string name, int[] fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } list ? list.Split(',').Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : fallback;

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
