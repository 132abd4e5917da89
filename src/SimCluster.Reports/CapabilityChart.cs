using ScottPlot;

namespace SimCluster.Reports;

/// <summary>
/// The chart a run report opens with: each lab's capability K (ECI) over time, with its pretraining part K_pre dashed
/// in the same colour. K drives every benchmark readout and keeps rising where GPQA saturates; the gap between the
/// lines is what distillation, RL and test-time compute add on top of pretraining, which is where strategies differ.
/// </summary>
public static class CapabilityChart
{
    /// <summary>File stem of the chart.</summary>
    public const string Name = "capability";

    /// <summary>The chart for <paramref name="series"/>.</summary>
    public static Chart Build(IReadOnlyList<LabSeries> series)
    {
        const string title = "Capability (ECI) over time: K per lab, its pretraining part K_pre dashed";
        var plot = Style.New("Capability (ECI) over time");
        for (int i = 0; i < series.Count; i++)
        {
            var s = series[i];
            double[] years = s.Rows.Select(r => r.Year).ToArray();
            var pre = plot.Add.ScatterLine(years, s.Rows.Select(r => r.CapabilityPretrainEci).ToArray());
            pre.Color = Style.Series(i);
            pre.LinePattern = LinePattern.Dashed;
            pre.LineWidth = 1.5f;
            var k = plot.Add.ScatterLine(years, s.Rows.Select(r => r.CapabilityEci).ToArray());
            k.Color = Style.Series(i);
            k.LineWidth = 2;
            k.LegendText = s.Label;
        }
        Axes.Years(plot);
        Axes.Linear(plot.Axes.Left, "Capability K (ECI; dashed: K_pre)");
        Style.Legend(plot, Alignment.LowerRight);
        return new Chart(Name, title, plot);
    }
}
