using ScottPlot;
using SimCluster.Model.Sweeps;

namespace SimCluster.Reports;

/// <summary>The charts of a sweep: fan charts of the percentile bands, the histogram of exhaustion years, the tornado.</summary>
public static class SweepCharts
{
    private static readonly (string Metric, string Title, string Unit, bool Log)[] Fans =
    [
        ("capability_eci", "Capability K (ECI): median, 25-75th and 5-95th percentiles across replicates", "Capability K (ECI)", false),
        ("chinchilla_equivalent_flop", "Chinchilla-equivalent compute C_eq: median and percentile bands", "C_eq (FLOP, log scale)", true),
        ("gpqa", "GPQA: median, 25-75th and 5-95th percentiles across replicates", "GPQA (%)", false),
        ("human_unseen_tokens", "Unseen human tokens: median and percentile bands", "Tokens (log scale)", true),
        ("energy_kwh_cumulative", "Cumulative energy: median and percentile bands", "Energy (kWh, log scale)", true),
        ("loss", "Loss: median and percentile bands", "Loss (nats/token)", false),
    ];

    /// <summary>Fan charts and the exhaustion histogram of a Monte Carlo sweep.</summary>
    public static IReadOnlyList<Chart> Build(SweepSummary summary)
    {
        var labs = summary.Bands.Select(b => b.Lab).Distinct().ToArray();
        var charts = Fans.Select(f => Fan(summary, labs, f.Metric, f.Title, f.Unit, f.Log)).ToList();
        charts.Add(ExhaustionHistogram(summary, labs));
        return charts;
    }

    private static Chart Fan(SweepSummary summary, string[] labs, string metric, string title, string unit, bool log)
    {
        var plot = Style.New(title);
        Func<double, double> y = log ? v => v > 0 ? Math.Log10(v) : double.NaN : v => v;
        for (int i = 0; i < labs.Length; i++)
        {
            var rows = summary.Bands.Where(b => b.Lab == labs[i] && b.Metric == metric).OrderBy(b => b.Year).ToArray();
            double[] years = rows.Select(b => (double)b.Year).ToArray();
            var outer = plot.Add.FillY(years, rows.Select(b => y(b.P5)).ToArray(), rows.Select(b => y(b.P95)).ToArray());
            outer.FillColor = Style.Series(i).WithAlpha(0.12);
            outer.LineWidth = 0;
            var inner = plot.Add.FillY(years, rows.Select(b => y(b.P25)).ToArray(), rows.Select(b => y(b.P75)).ToArray());
            inner.FillColor = Style.Series(i).WithAlpha(0.28);
            inner.LineWidth = 0;
            var median = plot.Add.ScatterLine(years, rows.Select(b => y(b.P50)).ToArray());
            median.Color = Style.Series(i);
            median.LineWidth = 2;
            median.LegendText = labs[i];
        }
        Axes.Years(plot);
        if (log) Axes.Log10(plot.Axes.Left, unit);
        else Axes.Linear(plot.Axes.Left, unit);
        Style.Legend(plot, metric == "loss" || metric == "human_unseen_tokens" ? Alignment.UpperRight : Alignment.LowerRight);
        return new Chart($"fan-{metric.Replace('_', '-')}", title, plot);
    }

    private static Chart ExhaustionHistogram(SweepSummary summary, string[] labs)
    {
        long replicates = summary.Replicates;
        const string title = "When each lab runs out of human data: share of replicates per year";
        var plot = Style.New("Year of data exhaustion across replicates");
        double width = 0.8 / Math.Max(1, labs.Length);
        for (int i = 0; i < labs.Length; i++)
        {
            var rows = summary.Histogram.Where(h => h.Lab == labs[i] && h.Milestone == "exhaustion" && h.Year is not null).ToArray();
            var bars = rows.Select(h => new Bar
            {
                Position = h.Year!.Value + (i - (labs.Length - 1) / 2.0) * width,
                Value = 100.0 * h.Count / replicates,
                Size = width,
                FillColor = Style.Series(i),
                LineWidth = 0,
            }).ToArray();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = labs[i];
        }
        Axes.Years(plot, "Calendar year of exhaustion");
        Axes.Linear(plot.Axes.Left, "Replicates (%)");
        plot.Axes.Margins(bottom: 0);
        Style.Legend(plot, Alignment.UpperRight);
        return new Chart("exhaustion-histogram", title, plot);
    }

    /// <summary>One tornado per lab: each parameter's swing of the outcome between its 10th and 90th percentile.</summary>
    public static IReadOnlyList<Chart> Tornado(IReadOnlyList<TornadoRow> rows, string outcome, string unit)
    {
        var charts = new List<Chart>();
        int n = 0;
        foreach (var lab in rows.GroupBy(r => r.Lab))
        {
            string title = $"Sensitivity of {outcome} ({unit}) for {lab.Key}: parameter at P10 (light) and P90 (dark)";
            var plot = Style.New($"{lab.Key}: what moves {outcome}");
            var ordered = lab.Reverse().ToArray(); // largest swing at the top
            double baseline = ordered.Length > 0 ? ordered[0].OutcomeAtMedians : 0;
            var bars = new List<Bar>();
            for (int i = 0; i < ordered.Length; i++)
            {
                var r = ordered[i];
                if (double.IsFinite(r.OutcomeAtP10)) bars.Add(new Bar { Position = i, ValueBase = baseline, Value = r.OutcomeAtP10, FillColor = Style.Series(0).WithAlpha(0.45), Size = 0.7, LineWidth = 0 });
                if (double.IsFinite(r.OutcomeAtP90)) bars.Add(new Bar { Position = i, ValueBase = baseline, Value = r.OutcomeAtP90, FillColor = Style.Series(0), Size = 0.35, LineWidth = 0 });
            }
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plot.Axes.Left.SetTicks(Enumerable.Range(0, ordered.Length).Select(i => (double)i).ToArray(), ordered.Select(r => r.Parameter).ToArray());
            var rule = plot.Add.VerticalLine(baseline);
            rule.Color = Colors.Black;
            rule.LinePattern = LinePattern.Dashed;
            Axes.Linear(plot.Axes.Bottom, $"{outcome} ({unit}); dashed: all parameters at their medians");
            if (unit == "year") Axes.Months(plot.Axes.Bottom, bars.Select(b => b.Value).Append(baseline));
            charts.Add(new Chart($"tornado-{++n}", title, plot));
        }
        return charts;
    }
}
