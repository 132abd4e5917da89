using System.Text;
using SimCluster.Model.Backtest;

namespace SimCluster.Cli.Outputs;

/// <summary>
/// What `backtest` prints: the ECI and GPQA record setters against the simulated frontier, the first dates at GPQA 70
/// and 80, the largest training run per year, and a summary line. Real dates are release dates (2025.0 is January
/// 2025); simulated dates are step ends, printed as the month the step ends in (2025.0 is December 2024).
/// </summary>
public static class BacktestTables
{
    /// <summary>The tables of <paramref name="result"/>.</summary>
    public static string Render(BacktestResult result)
    {
        var w = new StringBuilder();
        Residuals(w, result.Eci, "ECI record setters against the simulated frontier K", "ECI", 1);
        w.Append('\n');
        Residuals(w, result.Gpqa, "GPQA Diamond record setters against the simulated frontier GPQA", "GPQA", 1);
        w.Append('\n');

        w.Append("First date at each GPQA Diamond level (difference: simulated − real; positive: the run is late)\n");
        var dates = new TextTable("GPQA", "real", "first real model", "simulated", "difference (months)");
        foreach (var d in result.GpqaThresholds)
            dates.Add(Format.Sig(d.Threshold), Format.Date(d.RealYear), d.RealModel ?? "-", Format.YearMonth(d.SimulatedYear),
                d.DifferenceMonths is { } m ? Signed(m, 1) : "-");
        w.Append(dates).Append('\n');

        w.Append("Largest training run per calendar year (real: training compute; simulated: pretraining compute of the largest model released)\n");
        var runs = new TextTable("year", "real model", "real FLOP", "sim FLOP", "sim/real", "sim lab", "sim training MW");
        foreach (var r in result.LargestRuns)
            runs.Add(r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), r.RealModel, Format.Flop(r.RealFlop),
                r.SimulatedFlop is { } f ? Format.Flop(f) : "-", r.Ratio is { } x ? Format.Fixed(x, x >= 10 ? 1 : 2) : "-", r.SimulatedLab ?? "-",
                r.SimulatedTrainPowerMw is { } p ? Format.Fixed(p, 0) : "-");
        if (result.LargestRuns.Count == 0) w.Append("  (no real model with known training compute inside the run)\n");
        else w.Append(runs);
        w.Append('\n');
        w.Append(Summary(result)).Append('\n');
        return w.ToString();
    }

    /// <summary>One line: RMSE, bias and largest miss for ECI and GPQA.</summary>
    public static string Summary(BacktestResult result) =>
        $"summary: {Line("ECI", result.Eci)}; {Line("GPQA", result.Gpqa)}";

    private static string Line(string name, MetricBacktest m) => m.Summary is { Count: > 0, Rmse: { } rmse, Bias: { } bias, MaxAbsResidual: { } max }
        ? $"{name} {m.Summary.Count} frontier models, RMSE {Format.Fixed(rmse, 1)}, bias {Signed(bias, 1)}, max |residual| {Format.Fixed(max, 1)}"
        : $"{name} no frontier models inside the run";

    private static void Residuals(StringBuilder w, MetricBacktest m, string title, string unit, int decimals)
    {
        w.Append(title).Append(" (residual: simulated − real; positive: the run is ahead)\n");
        var table = new TextTable("released", "model", "developer", $"real {unit}", $"sim {unit}", "residual");
        foreach (var r in m.Residuals)
            table.Add(Format.Date(r.ReleaseYear), r.Model, r.Developer, Format.Fixed(r.Real, decimals), Format.Fixed(r.Simulated, decimals), Signed(r.Residual, decimals));
        if (m.Residuals.Count == 0) w.Append("  (no record setter released inside the run)\n");
        else w.Append(table);
        if (m.OutOfRange > 0) w.Append($"  {m.OutOfRange} record setter(s) released outside the run not compared\n");
    }


    private static string Signed(double v, int decimals) => (v > 0 ? "+" : "") + Format.Fixed(v, decimals);
}
