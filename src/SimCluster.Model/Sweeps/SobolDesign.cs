using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Sweeps;

/// <summary>
/// The Saltelli design for variance-based sensitivity (Saltelli et al. 2010, "Variance based sensitivity analysis of
/// model output"): two independent samples A and B of N rows over the P uncertain parameters, and for each parameter
/// i the matrix A with column i taken from B. N(P + 2) runs. Rows draw from the counter-based RNG like every sweep,
/// so the design is the same on any silo or batch size.
/// </summary>
public static class SobolDesign
{
    /// <summary>Runs per base sample: A, B and one A_B(i) per parameter.</summary>
    public static int RunsPerSample(ScenarioSpec spec) => spec.Uncertain.Count + 2;

    /// <summary>The N(P + 2) tasks; task id j(P + 2) is A_j, +1 is B_j, +2 + i is A_B(i)_j.</summary>
    public static IReadOnlyList<ReplicateTask> Tasks(ScenarioSpec spec, int samples)
    {
        int p = spec.Uncertain.Count, width = p + 2;
        var tasks = new List<ReplicateTask>(samples * width);
        for (int j = 0; j < samples; j++)
        {
            var a = Row(spec, j, "A");
            var b = Row(spec, j, "B");
            tasks.Add(new ReplicateTask((long)j * width, a));
            tasks.Add(new ReplicateTask((long)j * width + 1, b));
            for (int i = 0; i < p; i++)
            {
                var ab = a.ToArray();
                ab[i] = b[i];
                tasks.Add(new ReplicateTask((long)j * width + 2 + i, ab));
            }
        }
        return tasks;
    }

    private static ParameterValue[] Row(ScenarioSpec spec, int sample, string matrix) =>
        spec.Uncertain.Select(u => new ParameterValue(u.Path, u.Distribution.Quantile(CounterRng.Uniform(spec.Seed, sample, $"sobol/{matrix}/{u.Path}")))).ToArray();
}
