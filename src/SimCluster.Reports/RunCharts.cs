using ScottPlot;

namespace SimCluster.Reports;

/// <summary>
/// The charts of a run or a comparison, those a reader needs to compare strategies: capability K over time first
/// (it drives every readout and, unlike GPQA, does not saturate), the Chinchilla-equivalent compute behind it, then
/// GPQA and loss over time, compute split by use, human data against what each lab has used with its exhaustion
/// point, cumulative energy, and GPQA against cumulative energy.
/// </summary>
public static class RunCharts
{
    /// <summary>Every chart for <paramref name="series"/>.</summary>
    public static IReadOnlyList<Chart> Build(IReadOnlyList<LabSeries> series)
    {
        var charts = new List<Chart>
        {
            CapabilityChart.Build(series),
            Lines(series, "chinchilla-equivalent", "Chinchilla-equivalent compute C_eq of the model in service", "C_eq (FLOP, log scale)",
                r => r.ChinchillaEquivalentFlop, log: true),
            Lines(series, "gpqa", "GPQA over time (base model + RL + test-time compute)", "GPQA (%)", r => r.Gpqa, log: false),
            Lines(series, "loss", "Pretraining loss of the model in service", "Loss (nats/token)", r => r.Loss, log: false),
            Data(series),
            Lines(series, "energy", "Cumulative energy", "Energy (kWh, log scale)", r => r.EnergyKwhCumulative, log: true),
            GpqaVsEnergy(series),
        };
        for (int i = 0; i < series.Count; i++) charts.Add(ComputeByUse(series[i], i));
        return charts;
    }

    private static Chart Lines(IReadOnlyList<LabSeries> series, string name, string title, string unit, Func<Model.World.TrajectoryRow, double> read, bool log)
    {
        var plot = Style.New(title);
        for (int i = 0; i < series.Count; i++)
        {
            var s = series[i];
            double[] ys = s.Rows.Select(read).ToArray();
            var line = plot.Add.ScatterLine(s.Rows.Select(r => r.Year).ToArray(), log ? Axes.Log(ys) : ys);
            line.LegendText = s.Label;
            line.Color = Style.Series(i);
            line.LineWidth = 2;
        }
        Axes.Years(plot);
        if (log) Axes.Log10(plot.Axes.Left, unit);
        else Axes.Linear(plot.Axes.Left, unit);
        Style.Legend(plot, name == "loss" ? Alignment.UpperRight : Alignment.LowerRight);
        return new Chart(name, title, plot);
    }

    private static Chart Data(IReadOnlyList<LabSeries> series)
    {
        const string title = "Human data: reachable stock (dashed) against each lab's dataset, with its exhaustion point";
        var plot = Style.New("Human data: stock (dashed) vs dataset used");
        for (int i = 0; i < series.Count; i++)
        {
            var s = series[i];
            double[] years = s.Rows.Select(r => r.Year).ToArray();
            var stock = plot.Add.ScatterLine(years, Axes.Log(s.Rows.Select(r => r.HumanStockTokens)));
            stock.Color = Style.Series(i);
            stock.LinePattern = LinePattern.Dashed;
            stock.LineWidth = 1.5f;
            var used = plot.Add.ScatterLine(years, Axes.Log(s.Rows.Select(r => r.TokensUniqueHuman)));
            used.Color = Style.Series(i);
            used.LineWidth = 2;
            used.LegendText = s.ExhaustionYear is { } y ? $"{s.Label} (exhausted {Years.Label(y)})" : $"{s.Label} (not exhausted)";
            if (s.ExhaustionYear is { } ex)
            {
                var at = s.Rows.MinBy(r => Math.Abs(r.Year - ex))!;
                var marker = plot.Add.Marker(ex, Math.Log10(Math.Max(at.TokensUniqueHuman, 1)));
                marker.Color = Style.Series(i);
                marker.MarkerSize = 12;
                marker.MarkerShape = MarkerShape.FilledDiamond;
                var rule = plot.Add.VerticalLine(ex);
                rule.Color = Style.Series(i).WithAlpha(0.5);
                rule.LinePattern = LinePattern.Dotted;
            }
        }
        Axes.Years(plot);
        Axes.Log10(plot.Axes.Left, "Unique human tokens (log scale)");
        Style.Legend(plot, Alignment.LowerRight);
        return new Chart("data", title, plot);
    }

    private static Chart GpqaVsEnergy(IReadOnlyList<LabSeries> series)
    {
        const string title = "GPQA against cumulative energy: which strategy buys capability most cheaply";
        var plot = Style.New("GPQA against cumulative energy");
        for (int i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var line = plot.Add.ScatterLine(Axes.Log(s.Rows.Select(r => r.EnergyKwhCumulative)), s.Rows.Select(r => r.Gpqa).ToArray());
            line.LegendText = s.Label;
            line.Color = Style.Series(i);
            line.LineWidth = 2;
        }
        Axes.Log10(plot.Axes.Bottom, "Cumulative energy (kWh, log scale)");
        Axes.Linear(plot.Axes.Left, "GPQA (%)");
        Style.Legend(plot, Alignment.LowerRight);
        return new Chart("gpqa-vs-energy", title, plot);
    }

    private static Chart ComputeByUse(LabSeries s, int index)
    {
        string title = $"Compute by use: {s.Label} (share of delivered FLOP)";
        var plot = Style.New(title);
        double[] years = s.Rows.Select(r => r.Year).ToArray();
        var uses = new (string Name, Func<Model.World.TrajectoryRow, double> Read)[]
        {
            ("final pretraining runs", r => r.FlopPretrain), ("experiments", r => r.FlopExperiments), ("synthetic data", r => r.FlopSynthetic), ("RL", r => r.FlopRl),
            ("inference", r => r.FlopInference),
        };
        var below = new double[years.Length];
        for (int u = 0; u < uses.Length; u++)
        {
            var above = s.Rows.Select((r, k) => below[k] + (r.FlopDelivered > 0 ? 100 * uses[u].Read(r) / r.FlopDelivered : 0)).ToArray();
            var band = plot.Add.FillY(years, below, above);
            band.FillColor = Style.Series(u).WithAlpha(0.75);
            band.LineWidth = 0;
            band.LegendText = uses[u].Name;
            below = above;
        }
        Axes.Years(plot);
        Axes.Linear(plot.Axes.Left, "Share of compute (%)");
        plot.Axes.SetLimitsY(0, 100);
        Style.Legend(plot, Alignment.LowerRight);
        return new Chart($"compute-by-use-{index + 1}", title, plot);
    }
}
