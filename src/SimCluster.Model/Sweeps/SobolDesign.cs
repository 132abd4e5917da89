using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Sweeps;

/// <summary>
/// The Saltelli design for variance-based sensitivity (Saltelli et al. 2010, "Variance based sensitivity analysis of
/// model output"): two independent samples A and B of N rows over the P uncertain parameters, and for each parameter
/// i the matrix A with column i taken from B. N(P + 2) runs. Rows draw from the counter-based RNG like every sweep,
/// so the design is the same on any silo or batch size.
/// </summary>
public sealed class SobolDesign(ScenarioSpec spec, int samples) : ISweepDesign
{
    /// <summary>Runs per base sample: A, B and one A_B(i) per parameter.</summary>
    public static int RunsPerSample(ScenarioSpec spec) => spec.Uncertain.Count + 2;

    /// <summary>N, the base samples.</summary>
    public int Samples { get; } = samples;

    /// <inheritdoc />
    public long Count { get; } = (long)samples * RunsPerSample(spec);

    /// <summary>Run j(P + 2) is A_j, +1 is B_j, +2 + i is A_B(i)_j.</summary>
    public ReplicateTask Task(long index)
    {
        if (index < 0 || index >= Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"the design has runs 0-{Count - 1}");
        int width = RunsPerSample(spec);
        int j = (int)(index / width), k = (int)(index % width);
        var a = Row(j, "A");
        if (k == 0) return new ReplicateTask(index, a);
        var b = Row(j, "B");
        if (k == 1) return new ReplicateTask(index, b);
        a[k - 2] = b[k - 2];
        return new ReplicateTask(index, a);
    }

    private ParameterValue[] Row(int sample, string matrix) =>
        spec.Uncertain.Select(u => new ParameterValue(u.Path, u.Distribution.Quantile(CounterRng.Uniform(spec.Seed, sample, $"sobol/{matrix}/{u.Path}")))).ToArray();
}
