using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/SimCluster.Benchmarks -- --filter '*'` prints ns per lab-step.
BenchmarkSwitcher.FromAssembly(typeof(SimCluster.Benchmarks.LabStepBenchmark).Assembly).Run(args);
