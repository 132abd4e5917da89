using SimCluster.Model.World;

namespace SimCluster.Cli.Outputs;

/// <summary>
/// The table `run` prints at the end: one line per lab, capability first. K keeps rising where GPQA saturates, so
/// K at 2030 and 2040, the final K and the C_eq behind it separate strategies that all end near GPQA's ceiling; the
/// milestone years, data wall and resources follow.
/// </summary>
public static class SummaryTable
{
    /// <summary>Renders <paramref name="summary"/>.</summary>
    public static string Render(RunSummary summary)
    {
        var t = new TextTable("lab", "strategy", "K 2030", "K 2040", "final K", "final C_eq", "ECI 175", "GPQA 90", "data exhausted",
            "final GPQA", "final loss", "energy TWh", "cost $B");
        foreach (var l in summary.Labs)
            t.Add(l.Lab, l.Strategy, Format.Eci(l.CapabilityEci2030), Format.Eci(l.CapabilityEci2040), Format.Eci(l.FinalCapabilityEci),
                Format.Flop(l.FinalChinchillaEquivalentFlop), Format.YearMonth(l.Reached("ECI 175").Year), Format.YearMonth(l.At(90).Year),
                Format.YearMonth(l.ExhaustionYear), Format.Fixed(l.FinalGpqa, 1), Format.Fixed(l.FinalLoss, 4), Format.Twh(l.FinalEnergyKwh),
                Format.BillionUsd(l.FinalCostUsd));
        return t.ToString();
    }
}
