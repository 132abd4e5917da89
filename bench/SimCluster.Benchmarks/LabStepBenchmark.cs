using BenchmarkDotNet.Attributes;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;

namespace SimCluster.Benchmarks;

/// <summary>
/// Cost of one lab-step of the model (docs/model.md via <see cref="LabStep"/>): a monthly step whose run ends every
/// sixth call, so the figure averages ordinary steps and releases. Data-rich and data-short cases differ: a short
/// lab's release runs the data-constrained optimiser.
/// </summary>
[MemoryDiagnoser]
public class LabStepBenchmark
{
    private const int Steps = 480; // 40 years, monthly
    private readonly WorldParameters _world = WorldParameters.Default;

    /// <summary>Human tokens the lab can reach: plentiful (1e15) or short (2e13).</summary>
    [Params(1e15, 2e13)]
    public double Reachable { get; set; }

    /// <summary>A 40-year monthly trajectory of one lab; reported per lab-step via OperationsPerInvoke.</summary>
    [Benchmark(OperationsPerInvoke = Steps)]
    public double FortyYearsOfLabSteps()
    {
        var state = new LabState(ReleasedModel.Human(_world, 2024));
        double sink = 0;
        for (int k = 1; k <= Steps; k++)
        {
            double year = 2024 + k / 12.0;
            var input = LabStepInput.For(_world, StrategyPresets.Balanced, year, 1, 3e25 * Math.Pow(2, k / 12.0), Reachable);
            var report = LabStep.Advance(_world, StrategyPresets.Balanced, state, input);
            sink += report.Capability.Total;
        }
        return sink;
    }
}
