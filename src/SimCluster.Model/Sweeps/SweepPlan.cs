using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Sweeps;

/// <summary>A sweep's split into batches, and the check that keeps a sweep that would draw invalid values from
/// starting (so it can neither crash a silo nor hang).</summary>
public static class SweepPlan
{
    /// <summary>The most replicates one sweep may ask for.</summary>
    public const int MaxReplicates = 1_000_000;

    /// <summary>Every run of <paramref name="design"/>, in order, computed as enumerated.</summary>
    public static IEnumerable<ReplicateTask> Tasks(this ISweepDesign design)
    {
        for (long i = 0; i < design.Count; i++) yield return design.Task(i);
    }

    /// <summary>Batches of at most <paramref name="size"/> runs that <paramref name="design"/> splits into.</summary>
    public static int BatchCount(ISweepDesign design, int size) => checked((int)((design.Count + size - 1) / size));

    /// <summary>The runs of batch <paramref name="batch"/>: consecutive runs, <paramref name="size"/> to a batch.</summary>
    public static IReadOnlyList<ReplicateTask> Batch(ISweepDesign design, int batch, int size)
    {
        long first = (long)batch * size;
        if (batch < 0 || first >= design.Count) throw new ArgumentOutOfRangeException(nameof(batch), batch, $"the sweep has batches 0-{BatchCount(design, size) - 1}");
        long end = Math.Min(design.Count, first + size);
        var tasks = new ReplicateTask[end - first];
        for (long i = first; i < end; i++) tasks[i - first] = design.Task(i);
        return tasks;
    }

    /// <summary>
    /// The first run whose values make an invalid scenario (a draw outside a parameter's range, e.g. a negative
    /// growth factor from an unbounded normal), as a message naming the run, parameter, value and range; null when
    /// every run is valid. Every check on a number is a range, so it is enough to validate, for each parameter, the
    /// runs that hold its lowest and its highest value: one pass over the design, holding nothing but those.
    /// </summary>
    public static string? FirstInvalid(ScenarioSpec spec, ISweepDesign design)
    {
        int p = spec.Uncertain.Count;
        var lo = new (double Value, long Index)[p];
        var hi = new (double Value, long Index)[p];
        for (long i = 0; i < design.Count; i++)
        {
            var values = design.Task(i).Values;
            for (int j = 0; j < p; j++)
            {
                double v = values[j].Value;
                if (i == 0 || v < lo[j].Value) lo[j] = (v, i);
                if (i == 0 || v > hi[j].Value) hi[j] = (v, i);
            }
        }
        var extremes = new SortedSet<long>(lo.Select(x => x.Index).Concat(hi.Select(x => x.Index)));
        if (design.Count > 0) extremes.Add(0);
        var paths = spec.Uncertain.Select(u => u.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var t in extremes.Select(design.Task))
        {
            var sampled = ScenarioSampler.Apply(spec, t.Values.Select(v => (v.Path, v.Value)));
            var issue = ScenarioValidator.Validate(sampled with { Uncertain = [] }).FirstOrDefault();
            if (issue is null) continue;
            string drawn = paths.Contains(issue.Path) ? $" (drew {IssueText.Number(t.Values.First(v => v.Path == issue.Path).Value)})" : "";
            return $"replicate {t.Replicate}: {issue.Path}{drawn}: {issue.Message}; bound the distribution with min/max";
        }
        return null;
    }
}
