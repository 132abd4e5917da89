using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Sweeps;

/// <summary>Replicates of a Monte Carlo sweep and their split into batches, with the checks that keep a bad sweep
/// from starting (so it can neither crash a silo nor hang).</summary>
public static class SweepPlan
{
    /// <summary>The most replicates one sweep may ask for.</summary>
    public const int MaxReplicates = 1_000_000;

    /// <summary>The tasks of replicates 0..<paramref name="replicates"/>−1, values drawn by <see cref="ScenarioSampler"/>.</summary>
    public static IReadOnlyList<ReplicateTask> MonteCarlo(ScenarioSpec spec, int replicates) =>
        Enumerable.Range(0, replicates)
            .Select(r => new ReplicateTask(r, ScenarioSampler.Draws(spec, r).Select(d => new ParameterValue(d.Path, d.Value)).ToArray()))
            .ToArray();

    /// <summary>Consecutive batches of at most <paramref name="size"/> tasks.</summary>
    public static IReadOnlyList<IReadOnlyList<ReplicateTask>> Batches(IReadOnlyList<ReplicateTask> tasks, int size) =>
        tasks.Chunk(size).Select(c => (IReadOnlyList<ReplicateTask>)c).ToArray();

    /// <summary>
    /// The first task whose values make an invalid scenario (a draw outside a parameter's range, e.g. a negative
    /// growth factor from an unbounded normal), as a message naming the replicate, parameter, value and range; null
    /// when every task is valid. Every check on a number is a range, so it is enough to validate, for each parameter,
    /// the tasks that hold its lowest and its highest value.
    /// </summary>
    public static string? FirstInvalid(ScenarioSpec spec, IEnumerable<ReplicateTask> tasks)
    {
        var all = tasks.ToArray();
        var extremes = new SortedSet<int>();
        for (int p = 0; p < spec.Uncertain.Count; p++)
        {
            int lo = -1, hi = -1;
            for (int t = 0; t < all.Length; t++)
            {
                double v = all[t].Values.First(x => x.Path == spec.Uncertain[p].Path).Value;
                if (lo < 0 || v < Value(all[lo], spec.Uncertain[p].Path)) lo = t;
                if (hi < 0 || v > Value(all[hi], spec.Uncertain[p].Path)) hi = t;
            }
            if (lo >= 0) extremes.UnionWith([lo, hi]);
        }
        if (all.Length > 0) extremes.Add(0);
        var paths = spec.Uncertain.Select(u => u.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var t in extremes.Select(i => all[i]))
        {
            var sampled = ScenarioSampler.Apply(spec, t.Values.Select(v => (v.Path, v.Value)));
            var issue = ScenarioValidator.Validate(sampled with { Uncertain = [] }).FirstOrDefault();
            if (issue is null) continue;
            string drawn = paths.Contains(issue.Path) ? $" (drew {Value(t, issue.Path):G6})" : "";
            return $"replicate {t.Replicate}: {issue.Path}{drawn}: {issue.Message}; bound the distribution with min/max";
        }
        return null;
    }

    private static double Value(ReplicateTask t, string path) => t.Values.First(v => v.Path == path).Value;
}
