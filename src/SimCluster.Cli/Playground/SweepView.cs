using SimCluster.Model.Sweeps;

namespace SimCluster.Cli.Playground;

/// <summary>A quick sweep's result as the Uncertainty page draws it (docs/playground-api.md, <c>GET /api/sweep/ID</c>).</summary>
public sealed record SweepView(long Replicates, IReadOnlyList<SweepView.Band> Bands, IReadOnlyList<SweepView.ExhaustionYears> Exhaustion, SweepView.TornadoView? Tornado)
{
    /// <summary>The band metrics the page draws.</summary>
    public static IReadOnlyList<string> Metrics { get; } = ["capability_eci", "gpqa"];

    /// <summary>One lab's percentiles of a metric, year by year.</summary>
    public sealed record Band(string Lab, string Metric, int[] Years, double?[] P5, double?[] P25, double?[] P50, double?[] P75, double?[] P95);

    /// <summary>One lab's distribution of the year its data ran out.</summary>
    public sealed record ExhaustionYears(string Lab, long Replicates, long Never, double? P5, double? P25, double? P50, double? P75, double? P95, IReadOnlyList<YearCount> Histogram);

    /// <summary>Replicates whose data ran out in a calendar year.</summary>
    public sealed record YearCount(int Year, long Count);

    /// <summary>The tornado of one outcome.</summary>
    public sealed record TornadoView(string Outcome, string Unit, IReadOnlyList<Bar> Rows);

    /// <summary>One parameter's swing for one lab.</summary>
    public sealed record Bar(string Lab, string Parameter, double? ValueP10, double? ValueP90, double? AtP10, double? AtP90, double? AtMedians);

    /// <summary>The view of a Monte Carlo summary and, when run, a one-at-a-time tornado.</summary>
    public static SweepView Of(SweepSummary summary, SweepOutcome? outcome, IReadOnlyList<TornadoRow>? tornado)
    {
        var bands = summary.Bands.Where(b => Metrics.Contains(b.Metric)).GroupBy(b => (b.Lab, b.Metric)).Select(g =>
        {
            var rows = g.OrderBy(b => b.Year).ToArray();
            return new Band(g.Key.Lab, g.Key.Metric, rows.Select(b => b.Year).ToArray(), rows.Select(b => F(b.P5)).ToArray(), rows.Select(b => F(b.P25)).ToArray(),
                rows.Select(b => F(b.P50)).ToArray(), rows.Select(b => F(b.P75)).ToArray(), rows.Select(b => F(b.P95)).ToArray());
        }).ToArray();
        var exhaustion = summary.Milestones.Where(m => m.Milestone == "exhaustion").Select(m => new ExhaustionYears(m.Lab, m.Replicates, m.Never,
            F(m.Years?.P5), F(m.Years?.P25), F(m.Years?.P50), F(m.Years?.P75), F(m.Years?.P95),
            summary.Histogram.Where(h => h.Lab == m.Lab && h.Milestone == "exhaustion" && h.Year is not null).Select(h => new YearCount(h.Year!.Value, h.Count)).ToArray())).ToArray();
        var tornadoView = outcome is null || tornado is null ? null : new TornadoView(outcome.Name, outcome.Unit,
            tornado.Select(t => new Bar(t.Lab, t.Parameter, F(t.ValueP10), F(t.ValueP90), F(t.OutcomeAtP10), F(t.OutcomeAtP90), F(t.OutcomeAtMedians))).ToArray());
        return new SweepView(summary.Replicates, bands, exhaustion, tornadoView);
    }

    private static double? F(double? x) => x is { } v && double.IsFinite(v) ? v : null;
}
