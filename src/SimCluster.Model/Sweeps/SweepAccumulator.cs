using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Sweeps;

/// <summary>
/// The final aggregation of a sweep. Outcomes are keyed by replicate, so a batch merged twice (a re-run after a
/// failure) cannot count twice, and every statistic is computed from values sorted first: the summary is the same
/// whatever the batch size, the order batches finished in, or the silos they ran on.
/// </summary>
public sealed class SweepAccumulator(ScenarioSpec spec)
{
    private readonly SortedDictionary<long, ReplicateOutcome> _outcomes = [];

    /// <summary>The layout of the band values.</summary>
    public SweepLayout Layout { get; } = new(spec);

    /// <summary>Replicates merged so far.</summary>
    public int Count => _outcomes.Count;

    /// <summary>Merges outcomes; a replicate already present is replaced by its (identical) re-run.</summary>
    public void Add(IEnumerable<ReplicateOutcome> outcomes)
    {
        foreach (var o in outcomes)
        {
            if (o.BandValues.Length != Layout.Size) throw new ArgumentException($"replicate {o.Replicate} has {o.BandValues.Length} band values; the layout has {Layout.Size}", nameof(outcomes));
            _outcomes[o.Replicate] = o;
        }
    }

    /// <summary>The summary of every replicate merged.</summary>
    public SweepSummary Build()
    {
        var outcomes = _outcomes.Values.ToArray();
        // Each (lab, metric, year) cell is sorted on its own, so cells run in parallel and land in their fixed slot.
        var cells = new BandRow?[Layout.Size];
        Parallel.For(0, Layout.Labs.Count * Layout.Metrics.Count, () => new double[outcomes.Length], (labMetric, _, column) =>
        {
            int lab = labMetric / Layout.Metrics.Count, m = labMetric % Layout.Metrics.Count;
            for (int y = 0; y < Layout.Years.Count; y++)
            {
                int index = Layout.Index(lab, m, y);
                for (int r = 0; r < outcomes.Length; r++) column[r] = outcomes[r].BandValues[index];
                if (Percentiles.Of(column) is { } p)
                    cells[index] = new BandRow(Layout.Labs[lab], Layout.Metrics[m].Name, Layout.Years[y], p.Count, p.P5, p.P25, p.P50, p.P75, p.P95);
            }
            return column;
        }, _ => { });
        var bands = cells.Where(c => c is not null).Select(c => c!).ToList();

        var milestones = new List<MilestoneDistribution>();
        var histogram = new List<MilestoneHistogramRow>();
        for (int lab = 0; lab < Layout.Labs.Count; lab++)
            foreach (var kind in MilestoneKind.All)
            {
                var years = outcomes.Select(o => kind.Year(o.Labs[lab])).ToArray();
                int never = years.Count(y => y is null);
                milestones.Add(new MilestoneDistribution(Layout.Labs[lab], kind.Name, outcomes.Length, never, Percentiles.Of(years.Where(y => y is not null).Select(y => y!.Value))));
                foreach (var g in years.Where(y => y is not null).GroupBy(y => CalendarYear(y!.Value)).OrderBy(g => g.Key))
                    histogram.Add(new MilestoneHistogramRow(Layout.Labs[lab], kind.Name, g.Key, g.Count()));
                if (never > 0) histogram.Add(new MilestoneHistogramRow(Layout.Labs[lab], kind.Name, null, never));
            }
        return new SweepSummary(outcomes.Length, bands, milestones, histogram, outcomes);
    }

    /// <summary>The calendar year a step ending at <paramref name="t"/> falls in (a step ending 2031.0 is December 2030).</summary>
    public static int CalendarYear(double t) => (int)Math.Floor(t - 1e-9);
}
