namespace SimCluster.Model.Economics;

/// <summary>
/// A lab's compute budget (docs/model.md §4): B(t) = B0·g^(t−t0), g = 2.0/yr until the break year, 1.04/yr after
/// (assumption; Epoch: frontier training compute 4-5x/yr, cost 2-3x/yr). Energy at a price per kWh.
/// </summary>
/// <param name="InitialUsdPerYear">B0, USD per year at t0: 5e9 for a frontier lab.</param>
/// <param name="GrowthFactorPerYear">g before the break year: 2.0 (x per year).</param>
/// <param name="GrowthFactorPerYearAfterBreak">g after the break year: 1.04 (assumption: a little above the world economy's 3%/yr, so one lab stays below 1% of gross world product through 2064).</param>
/// <param name="BreakYear">Year the growth slows: 2030.</param>
/// <param name="EnergyPriceUsdPerKwh">Energy price: USD 0.08/kWh (assumption).</param>
public sealed record BudgetParameters(
    double InitialUsdPerYear = 5e9,
    double GrowthFactorPerYear = 2.0,
    double GrowthFactorPerYearAfterBreak = 1.04,
    double BreakYear = 2030,
    double EnergyPriceUsdPerKwh = 0.08)
{
    /// <summary>The design's defaults.</summary>
    public static BudgetParameters Default { get; } = new();
}
