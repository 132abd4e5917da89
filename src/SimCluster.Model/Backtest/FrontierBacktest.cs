using SimCluster.Model.Calibration;
using SimCluster.Model.World;

namespace SimCluster.Model.Backtest;

/// <summary>
/// Compares one run with history: the simulated frontier (<see cref="SimulatedFrontier"/>) against the record-setting
/// real models (<see cref="RecordSetters"/>) by ECI and by GPQA Diamond, the first dates at GPQA 70 and 80, and the
/// largest training run per year. Each metric uses only the models that have it, so a table with gaps (no GPQA run,
/// unknown compute) is still usable. It checks a run; it holds no tolerance of its own.
/// </summary>
public static class FrontierBacktest
{
    /// <summary>GPQA Diamond levels whose first dates are compared: 70 is about expert level on the questions, 80 beyond it.</summary>
    public static IReadOnlyList<double> GpqaThresholds { get; } = [70, 80];

    /// <summary>
    /// The backtest of a run's lab rows <paramref name="rows"/> (every lab, any order; at least one step) against
    /// <paramref name="table"/> (any order).
    /// </summary>
    public static BacktestResult Compare(IReadOnlyList<TrajectoryRow> rows, IReadOnlyList<FrontierModel> table) =>
        Compare(SimulatedFrontier.Of(rows), rows, table);

    /// <summary>The backtest of <paramref name="rows"/> whose frontier the caller already has (to chart it too).</summary>
    public static BacktestResult Compare(SimulatedFrontier frontier, IReadOnlyList<TrajectoryRow> rows, IReadOnlyList<FrontierModel> table)
    {
        var inRange = table.Where(m => frontier.Covers(m.ReleaseYear)).ToArray();
        return new BacktestResult(frontier.FirstYear, frontier.LastYear, table.Count,
            Metric("eci", frontier, table, m => m.Eci, p => p.Eci),
            Metric("gpqa", frontier, table, m => m.GpqaDiamond, p => p.Gpqa),
            GpqaThresholds.Select(t => Threshold(t, frontier, table)).ToArray(),
            LargestRuns.Compare(rows, inRange));
    }

    private static MetricBacktest Metric(string name, SimulatedFrontier frontier, IReadOnlyList<FrontierModel> table,
        Func<FrontierModel, double?> real, Func<FrontierPoint, double> simulated)
    {
        var setters = RecordSetters.Of(table, real);
        var residuals = setters.Where(m => frontier.Covers(m.ReleaseYear)).Select(m =>
        {
            double r = real(m)!.Value, s = simulated(frontier.At(m.ReleaseYear)!);
            return new FrontierResidual(m.Model, m.Developer, m.ReleaseYear, r, s, s - r);
        }).ToArray();
        return new MetricBacktest(name, residuals, ResidualSummary.Of(residuals.Select(x => x.Residual).ToArray()), setters.Count - residuals.Length);
    }

    private static ThresholdDate Threshold(double threshold, SimulatedFrontier frontier, IReadOnlyList<FrontierModel> table)
    {
        var first = RecordSetters.InReleaseOrder(table).FirstOrDefault(m => m.GpqaDiamond >= threshold);
        double? simulated = frontier.FirstYearAtGpqa(threshold);
        return new ThresholdDate(threshold, first?.ReleaseYear, first?.Model, simulated,
            first is not null && simulated is { } s ? (s - first.ReleaseYear) * 12 : null);
    }
}
