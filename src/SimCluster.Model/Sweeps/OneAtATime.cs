using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Sweeps;

/// <summary>
/// One-at-a-time sensitivity: a run with every uncertain parameter at its median, then for each parameter a run at
/// its 10th and one at its 90th percentile with the others at their medians. 2P + 1 runs; swings show which
/// parameter moves an outcome most (a tornado), though not their interactions.
/// </summary>
public sealed class OneAtATime(ScenarioSpec spec) : ISweepDesign
{
    /// <summary>The quantiles a parameter swings between.</summary>
    public const double Low = 0.10, High = 0.90;

    /// <inheritdoc />
    public long Count { get; } = 1 + 2L * spec.Uncertain.Count;

    /// <summary>Run 0 at the medians; runs 2i+1 and 2i+2 move parameter i to P10 and P90.</summary>
    public ReplicateTask Task(long index)
    {
        if (index < 0 || index >= Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"the design has runs 0-{Count - 1}");
        var values = spec.Uncertain.Select(u => new ParameterValue(u.Path, u.Distribution.Quantile(0.5))).ToArray();
        if (index > 0)
        {
            int i = (int)((index - 1) / 2);
            values[i] = new ParameterValue(spec.Uncertain[i].Path, spec.Uncertain[i].Distribution.Quantile(index % 2 == 1 ? Low : High));
        }
        return new ReplicateTask(index, values);
    }

    /// <summary>Tornado rows per lab (name order), largest swing first (never-reached outcomes last), from the
    /// records of every run (each carrying the outcome per lab).</summary>
    public static IReadOnlyList<TornadoRow> Tornado(ScenarioSpec spec, IReadOnlyList<string> labs, IReadOnlyList<ReplicateRecord> records)
    {
        var byRun = records.ToDictionary(r => r.Replicate);
        var rows = new List<TornadoRow>();
        for (int lab = 0; lab < labs.Count; lab++)
        {
            double atMedians = byRun[0].Outcome[lab];
            var labRows = spec.Uncertain.Select((u, i) =>
            {
                var low = byRun[2 * i + 1];
                var high = byRun[2 * i + 2];
                return new TornadoRow(labs[lab], u.Path, low.Values[i], high.Values[i], low.Outcome[lab], high.Outcome[lab], atMedians);
            });
            rows.AddRange(labRows.OrderByDescending(r => double.IsNaN(r.Swing) ? double.NegativeInfinity : r.Swing).ThenBy(r => r.Parameter, StringComparer.Ordinal));
        }
        return rows;
    }
}
