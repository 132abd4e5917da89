namespace SimCluster.Cli.Outputs;

/// <summary>The table `compare` prints: strategies side by side.</summary>
public static class ComparisonTable
{
    /// <summary>Renders <paramref name="rows"/>.</summary>
    public static string Render(IEnumerable<ComparisonRow> rows)
    {
        var t = new TextTable("scenario / lab", "strategy", "data exhausted", "GPQA 70", "TWh to 70", "GPQA 80", "TWh to 80", "GPQA 90", "TWh to 90",
            "final GPQA", "final loss", "energy TWh", "cost $B");
        foreach (var r in rows)
            t.Add($"{r.Scenario} / {r.Lab}", r.Strategy, Format.YearMonth(r.ExhaustionYear),
                Format.YearMonth(r.FirstYearGpqa70), Format.Twh(r.EnergyKwhToGpqa70), Format.YearMonth(r.FirstYearGpqa80), Format.Twh(r.EnergyKwhToGpqa80),
                Format.YearMonth(r.FirstYearGpqa90), Format.Twh(r.EnergyKwhToGpqa90),
                Format.Fixed(r.FinalGpqa, 1), Format.Fixed(r.FinalLoss, 4), Format.Twh(r.FinalEnergyKwh), Format.BillionUsd(r.FinalCostUsd));
        return t.ToString();
    }
}
