using BenchmarkDotNet.Running;
using SimCluster.Benchmarks;

// `dotnet run -c Release --project bench/SimCluster.Benchmarks -- scenario [FILE] [--repeat N]` runs a whole scenario
// (default scenarios/baseline.yaml) as a plain loop and on an embedded silo, and prints wall time, lab-steps per
// second and grain calls per lab-step. Anything else goes to BenchmarkDotNet, e.g. `-- --filter '*' --job short`
// for nanoseconds per lab-step.
// `-- sweep [FILE] [--replicates N]` (default scenarios/baseline-uncertain.yaml, 10,000 replicates) prints replicate-steps
// per second for a plain loop on one thread and on all cores, an embedded silo, and three local silo processes.
// `-- playground [--changes N] [--replicates N]` prints the playground's slider-to-data time on baseline and its
// 500-replicate quick sweep of baseline-uncertain, each against the plain model loop measured in the same run.
return args.Length > 0 && args[0] == "playground" ? await PlaygroundBenchmark.RunAsync(args[1..])
    : args.Length > 0 && args[0] == "scenario" ? await ScenarioBenchmark.RunAsync(args[1..])
    : args.Length > 0 && args[0] == "sweep" ? await SweepBenchmark.RunAsync(args[1..])
    : Run(args);

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(LabStepBenchmark).Assembly).Run(args);
    return 0;
}
