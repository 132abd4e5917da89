using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Sweeps;

/// <summary>
/// One-at-a-time sensitivity: a run with every uncertain parameter at its median, then for each parameter a run at
/// its 10th and one at its 90th percentile with the others at their medians. 2P + 1 runs; swings show which
/// parameter moves an outcome most (a tornado), though not their interactions.
/// </summary>
public static class OneAtATime
{
    /// <summary>The quantiles a parameter swings between.</summary>
    public const double Low = 0.10, High = 0.90;

    /// <summary>Replicate 0 at the medians; replicates 2i+1 and 2i+2 move parameter i to P10 and P90.</summary>
    public static IReadOnlyList<ReplicateTask> Tasks(ScenarioSpec spec)
    {
        var medians = spec.Uncertain.Select(u => new ParameterValue(u.Path, u.Distribution.Quantile(0.5))).ToArray();
        var tasks = new List<ReplicateTask> { new(0, medians) };
        for (int i = 0; i < spec.Uncertain.Count; i++)
            foreach (var (q, offset) in new[] { (Low, 1), (High, 2) })
            {
                var values = medians.ToArray();
                values[i] = new ParameterValue(spec.Uncertain[i].Path, spec.Uncertain[i].Distribution.Quantile(q));
                tasks.Add(new ReplicateTask(2 * i + offset, values));
            }
        return tasks;
    }

    /// <summary>Tornado rows per lab (name order), largest swing first (never-reached outcomes last).</summary>
    public static IReadOnlyList<TornadoRow> Tornado(ScenarioSpec spec, SweepLayout layout, IReadOnlyList<ReplicateOutcome> outcomes, SweepOutcome outcome)
    {
        var byReplicate = outcomes.ToDictionary(o => o.Replicate);
        var rows = new List<TornadoRow>();
        for (int lab = 0; lab < layout.Labs.Count; lab++)
        {
            double atMedians = outcome.Read(byReplicate[0], lab);
            var labRows = spec.Uncertain.Select((u, i) =>
            {
                var low = byReplicate[2 * i + 1];
                var high = byReplicate[2 * i + 2];
                return new TornadoRow(layout.Labs[lab], u.Path, low.Values[i].Value, high.Values[i].Value, outcome.Read(low, lab), outcome.Read(high, lab), atMedians);
            });
            rows.AddRange(labRows.OrderByDescending(r => double.IsNaN(r.Swing) ? double.NegativeInfinity : r.Swing).ThenBy(r => r.Parameter, StringComparer.Ordinal));
        }
        return rows;
    }
}
