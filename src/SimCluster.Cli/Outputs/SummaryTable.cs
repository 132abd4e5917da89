using SimCluster.Model.World;

namespace SimCluster.Cli.Outputs;

/// <summary>The table `run` prints at the end: one line per lab.</summary>
public static class SummaryTable
{
    /// <summary>Renders <paramref name="summary"/>.</summary>
    public static string Render(RunSummary summary)
    {
        var t = new TextTable("lab", "strategy", "data exhausted", "GPQA 70", "GPQA 80", "GPQA 90", "final GPQA", "final loss", "energy TWh", "cost $B");
        foreach (var l in summary.Labs)
            t.Add(l.Lab, l.Strategy, Format.YearMonth(l.ExhaustionYear), Format.YearMonth(l.At(70).Year), Format.YearMonth(l.At(80).Year),
                Format.YearMonth(l.At(90).Year), Format.Fixed(l.FinalGpqa, 1), Format.Fixed(l.FinalLoss, 4), Format.Twh(l.FinalEnergyKwh), Format.BillionUsd(l.FinalCostUsd));
        return t.ToString();
    }
}
