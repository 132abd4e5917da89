namespace SimCluster.Cli.Outputs;

/// <summary>
/// The table `compare` prints: strategies side by side, capability first (see <see cref="SummaryTable"/>). Its first
/// column names scenario and lab, so to stay readable it leaves out the final loss, which C_eq restates (C_eq is read
/// off the loss), and GPQA 70/80, which the shipped strategies pass within months of each other; compare.csv and
/// compare.json keep them all. "yrs lost", after the month each lab exhausted its human data, is the years of
/// progress that cost it against a twin with unlimited human data (<see cref="Model.World.DataWallResult"/>).
/// </summary>
public static class ComparisonTable
{
    /// <summary>Renders <paramref name="rows"/>.</summary>
    public static string Render(IEnumerable<ComparisonRow> rows)
    {
        var t = new TextTable("scenario / lab", "strategy", "K 2030", "K 2040", "final K", "final C_eq", "ECI 175", "GPQA 90", "TWh to 90",
            "data exhausted", "yrs lost", "final GPQA", "energy TWh", "cost $B");
        foreach (var r in rows)
            t.Add($"{r.Scenario} / {r.Lab}", r.Strategy, Format.Eci(r.CapabilityEci2030), Format.Eci(r.CapabilityEci2040), Format.Eci(r.FinalCapabilityEci),
                Format.Flop(r.FinalChinchillaEquivalentFlop), Format.YearMonth(r.FirstYearEci175), Format.YearMonth(r.FirstYearGpqa90),
                Format.Twh(r.EnergyKwhToGpqa90), Format.YearMonth(r.ExhaustionYear), Format.Years(r.DataWallYearsLost), Format.Fixed(r.FinalGpqa, 1), Format.Twh(r.FinalEnergyKwh),
                Format.BillionUsd(r.FinalCostUsd));
        return t.ToString();
    }
}
