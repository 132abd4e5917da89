using System.Globalization;
using SimCluster.Model.Economics;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.World;

/// <summary>
/// The <see cref="ScenarioRunException"/>s the runtimes throw when a quantity they produce stops being finite, each
/// naming the field that drives it. Only built on that cold path, so the per-step checks stay a few comparisons.
/// </summary>
internal static class Overflow
{
    /// <summary>What every message ends with: the field named is the one to change.</summary>
    public const string OrEndEarlier = "or end the run earlier";

    /// <summary>A budget path B0·g^before·g_after^after that overflowed: the growth factor whose compounding did it.</summary>
    public static ScenarioRunException Budget(string labAt, BudgetParameters b, double t0, double year, string what, double value)
    {
        var (path, g) = BudgetGrowth(labAt, b, t0, year);
        return new ScenarioRunException(path, year,
            $"{what} left the range the model can compute ({Show(value)}) with the budget compounding {Show(g)}x a year; lower the growth {OrEndEarlier}");
    }

    /// <summary>
    /// The growth factor that drives a lab's budget at <paramref name="year"/>: the one before the break while its
    /// compounding alone overflows or the break is still ahead, else the one after.
    /// </summary>
    public static (string Path, double Factor) BudgetGrowth(string labAt, BudgetParameters b, double t0, double year)
    {
        double before = Math.Min(year, Math.Max(b.BreakYear, t0)) - t0;
        bool first = year <= b.BreakYear || !double.IsFinite(b.InitialUsdPerYear * Math.Pow(b.GrowthFactorPerYear, before));
        return first ? ($"{labAt}.budget.growth_factor_per_year", b.GrowthFactorPerYear) : ($"{labAt}.budget.growth_factor_per_year_after_break", b.GrowthFactorPerYearAfterBreak);
    }

    /// <summary>A value as messages show it: exact, and "Infinity" or "NaN" named as what they mean here.</summary>
    public static string Show(double x) =>
        double.IsPositiveInfinity(x) ? "beyond 1.8e308" : double.IsNaN(x) ? "not a number" : IssueText.Number(x);

    /// <summary>A factor of growth for messages: 3 significant digits is enough to compare them.</summary>
    public static string Factor(double x) => x.ToString("G3", CultureInfo.InvariantCulture);
}
