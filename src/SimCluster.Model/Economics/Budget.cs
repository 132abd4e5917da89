namespace SimCluster.Model.Economics;

/// <summary>Piecewise-exponential budget path of docs/model.md §4.</summary>
public static class Budget
{
    /// <summary>Budget rate B(t) in USD per year.</summary>
    public static double UsdPerYear(BudgetParameters p, double t0, double year)
    {
        double before = Math.Min(year, Math.Max(p.BreakYear, t0)) - t0;
        double after = Math.Max(0, year - Math.Max(p.BreakYear, t0));
        return p.InitialUsdPerYear * Math.Pow(p.GrowthFactorPerYear, before) * Math.Pow(p.GrowthFactorPerYearAfterBreak, after);
    }

    /// <summary>Energy cost in USD of <paramref name="kwh"/>.</summary>
    public static double EnergyCostUsd(BudgetParameters p, double kwh) => kwh * p.EnergyPriceUsdPerKwh;
}
