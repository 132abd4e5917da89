using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.World;

/// <summary>
/// Which scenario field to blame when a cluster's step leaves the computable range. A hardware trend that
/// overflows (or underflows to 0) is its own doubling time. The fleet's totals grow with the GPUs the budget buys
/// (budget over price) and their FLOP/s, so the field blamed is the one whose factor has grown most since t0.
/// </summary>
internal static class ClusterOverflow
{
    /// <summary>Null when this year's GPU is computable; else the doubling time that took it out of range.</summary>
    public static ScenarioRunException? Trend(string at, HardwareParameters hw, double year, double peak, double price, double powerKw)
    {
        if (!double.IsFinite(peak))
            return Doubling(at, "peak_flops_doubling_years", year, $"a GPU's peak FLOP/s ({Overflow.Show(peak)})", hw.PeakFlopsDoublingYears);
        if (!(price > 0 && double.IsFinite(price)))
            return Doubling(at, "price_performance_doubling_years", year, $"a GPU's price ({Overflow.Show(price)} USD; FLOP/s per USD outgrows FLOP/s)", hw.PricePerformanceDoublingYears);
        if (!(powerKw > 0 && double.IsFinite(powerKw)))
            return new ScenarioRunException($"{at}.hardware.power_growth_per_year", year,
                $"a GPU's power ({Overflow.Show(powerKw)} kW) left the range the model can compute, growing {Overflow.Show(hw.PowerGrowthPerYear)} a year; lower that growth {Overflow.OrEndEarlier}");
        return null;
    }

    /// <summary>The exception for a fleet total (<paramref name="what"/>) that is no longer finite.</summary>
    public static ScenarioRunException Fleet(string at, ClusterSpec spec, IReadOnlyList<ClusterTenant> tenants, double t0, double year, string what, double value)
    {
        var hw = spec.Hardware;
        var candidates = new List<(string Path, double Factor, string Why)>
        {
            ($"{at}.hardware.peak_flops_doubling_years", HardwareTrends.PeakFlopsPerGpu(hw, year) / HardwareTrends.PeakFlopsPerGpu(hw, t0), "a GPU's FLOP/s"),
            ($"{at}.hardware.price_performance_doubling_years", HardwareTrends.DeployedPriceUsd(hw, t0) / HardwareTrends.DeployedPriceUsd(hw, year), "the GPUs a dollar buys"),
        };
        foreach (var t in tenants)
        {
            double factor = Budget.UsdPerYear(t.Budget, t0, year) / t.Budget.InitialUsdPerYear;
            candidates.Add((Overflow.BudgetGrowth(t.At, t.Budget, t0, year).Path, factor, $"lab {IssueText.Quote(t.Lab)}'s budget"));
        }
        var (path, grown, why) = candidates.MaxBy(c => double.IsNaN(c.Factor) ? double.PositiveInfinity : c.Factor);
        return new ScenarioRunException(path, year,
            $"the cluster's {what} left the range the model can compute ({Overflow.Show(value)}); of what it grows with, {why} grew most " +
            $"({Overflow.Factor(grown)}x since {Overflow.Show(t0)}); lower that growth {Overflow.OrEndEarlier}");
    }

    private static ScenarioRunException Doubling(string at, string field, double year, string what, double doublingYears) =>
        new($"{at}.hardware.{field}", year,
            $"{what} left the range the model can compute, doubling every {Overflow.Show(doublingYears)} years; lengthen the doubling time {Overflow.OrEndEarlier}");
}
