using ScottPlot;
using SimCluster.Model.Backtest;
using SimCluster.Model.Calibration;

namespace SimCluster.Reports;

/// <summary>
/// The backtest's charts: the simulated frontier (the best lab at each step) as a step line, with every real model of
/// the table as a point, the record setters the residuals are taken on highlighted and the others faint. One chart per
/// metric, ECI then GPQA Diamond, so a reader sees at once whether the run runs ahead of history or behind it, and
/// where. The time axis spans the table (and the run's start), not the whole run: decades past the last real model
/// would squash the years that can be compared into a sliver.
/// </summary>
public static class BacktestCharts
{
    /// <summary>File stem of the ECI chart.</summary>
    public const string EciName = "backtest";

    /// <summary>File stem of the GPQA chart.</summary>
    public const string GpqaName = "backtest-gpqa";

    /// <summary>Years of run shown past the last real model.</summary>
    public const double MarginYears = 1.0;

    /// <summary>The ECI chart, then the GPQA chart, of <paramref name="frontier"/> against <paramref name="table"/>.</summary>
    public static IReadOnlyList<Chart> Build(SimulatedFrontier frontier, IReadOnlyList<FrontierModel> table, string scenarioName) =>
    [
        Metric(EciName, $"Backtest of {scenarioName}: simulated frontier capability against real models (ECI)", "Capability (ECI)",
            frontier, table, m => m.Eci, p => p.Eci),
        Metric(GpqaName, $"Backtest of {scenarioName}: simulated frontier GPQA Diamond against real models", "GPQA Diamond (%)",
            frontier, table, m => m.GpqaDiamond, p => p.Gpqa),
    ];

    private static Chart Metric(string name, string title, string unit, SimulatedFrontier frontier, IReadOnlyList<FrontierModel> table,
        Func<FrontierModel, double?> real, Func<FrontierPoint, double> simulated)
    {
        var plot = Style.New(title);
        plot.Axes.Title.Label.FontSize = 15;
        var scored = table.Where(m => real(m) is not null).ToArray();
        double to = scored.Length == 0 ? frontier.LastYear : Math.Min(frontier.LastYear, scored.Max(m => m.ReleaseYear) + MarginYears);
        var shown = frontier.Points.Where(p => p.Year <= to + SimulatedFrontier.Tolerance).ToArray();

        var line = plot.Add.ScatterLine(shown.Select(p => p.Year).ToArray(), shown.Select(simulated).ToArray());
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.Color = Style.Series(0);
        line.LineWidth = 2.5f;
        line.LegendText = "simulated frontier (best lab, model in service)";

        var setters = RecordSetters.Of(table, real).ToHashSet();
        var others = scored.Where(m => !setters.Contains(m)).ToArray();
        if (others.Length > 0)
        {
            var faint = plot.Add.ScatterPoints(others.Select(m => m.ReleaseYear).ToArray(), others.Select(m => real(m)!.Value).ToArray());
            faint.Color = Colors.Gray.WithAlpha(0.45);
            faint.MarkerSize = 6;
            faint.LegendText = "other real models";
        }
        if (setters.Count > 0)
        {
            var best = plot.Add.ScatterPoints(setters.Select(m => m.ReleaseYear).ToArray(), setters.Select(m => real(m)!.Value).ToArray());
            best.Color = Style.Series(3);
            best.MarkerShape = MarkerShape.FilledDiamond;
            best.MarkerSize = 10;
            best.LegendText = "real frontier models (record setters)";
        }

        Axes.Years(plot, "Year (release date; simulated: end of step)");
        Axes.Linear(plot.Axes.Left, unit);
        Style.Legend(plot, Alignment.UpperLeft);
        return new Chart(name, title, plot);
    }
}
