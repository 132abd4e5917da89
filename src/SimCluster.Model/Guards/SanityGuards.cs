using System.Globalization;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Model.Guards;

/// <summary>
/// The sanity guards of docs/model.md §3.3, read off a finished run: a lab whose yearly budget or spend passes 1% of
/// gross world product, a cluster drawing more than 50 GW, GPUs past the CMOS limit on FLOP per joule. Each guard
/// reports its first breach per lab or cluster, in scenario order, so the same run gives the same warnings on any
/// cluster shape.
/// </summary>
public static class SanityGuards
{
    /// <summary>Every guard's first breach in <paramref name="rows"/> (one replicate, any order) of <paramref name="spec"/>.</summary>
    public static IReadOnlyList<GuardWarning> Check(ScenarioSpec spec, IEnumerable<TrajectoryRow> rows)
    {
        var byLab = rows.GroupBy(r => r.Lab, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Step).ToArray(), StringComparer.Ordinal);
        var warnings = new List<GuardWarning>();
        double stepYears = spec.StepMonths / 12.0;
        foreach (var lab in spec.Labs)
            if (byLab.TryGetValue(lab.Name, out var labRows) && Spend(spec, lab, labRows, stepYears) is { } w) warnings.Add(w);
        foreach (var cluster in spec.Clusters)
        {
            string at = WorldLayout.ClusterAt(spec, cluster.Name);
            var tenants = spec.Labs.Where(l => l.Cluster == cluster.Name && byLab.ContainsKey(l.Name)).Select(l => byLab[l.Name]).ToArray();
            if (Power(cluster, at, tenants) is { } p) warnings.Add(p);
            if (Efficiency(spec, cluster, at) is { } e) warnings.Add(e);
        }
        return warnings;
    }

    private static GuardWarning? Spend(ScenarioSpec spec, LabSpec lab, TrajectoryRow[] rows, double stepYears)
    {
        string at = WorldLayout.LabAt(spec, lab.Name);
        double previousCost = 0;
        foreach (var r in rows)
        {
            double from = r.Year - stepYears;
            double budget = Budget.UsdPerYear(lab.Budget, spec.StartYear, from);
            double spend = (r.CostUsdCumulative - previousCost) / stepYears;
            previousCost = r.CostUsdCumulative;
            double limit = PhysicalLimits.MaxLabShareOfGwp * PhysicalLimits.GrossWorldProductUsd(from);
            double value = Math.Max(budget, spend);
            if (value > limit)
                return new GuardWarning("spend_above_gwp_share", lab.Name, $"{at}.budget.growth_factor_per_year", r.Year, value, limit,
                    $"lab {IssueText.Quote(lab.Name)} {(budget >= spend ? "budgets" : "spends")} USD {Show(value)}/yr in {Year(r.Year)}, " +
                    $"more than {IssueText.Number(PhysicalLimits.MaxLabShareOfGwp * 100)}% of gross world product " +
                    $"(USD {Show(limit)}); lower {at}.budget (its growth or break year)");
        }
        return null;
    }

    private static GuardWarning? Power(ClusterSpec cluster, string at, TrajectoryRow[][] tenants)
    {
        if (tenants.Length == 0) return null;
        for (int k = 0; k < tenants[0].Length; k++)
        {
            double mw = 0;
            foreach (var t in tenants) if (k < t.Length) mw += t[k].PowerMw;
            if (mw > PhysicalLimits.MaxClusterPowerMw)
                return new GuardWarning("cluster_power", cluster.Name, $"{at}.power_cap_mw", tenants[0][k].Year, mw, PhysicalLimits.MaxClusterPowerMw,
                    $"cluster {IssueText.Quote(cluster.Name)} draws {Gw(mw)} GW in {Year(tenants[0][k].Year)}, " +
                    $"more than {Gw(PhysicalLimits.MaxClusterPowerMw)} GW (~10% of US generating capacity); " +
                    $"set {at}.power_cap_mw at or below {IssueText.Number(PhysicalLimits.MaxClusterPowerMw)}");
        }
        return null;
    }

    // FLOP per joule moves monotonically toward the limit the hardware sets, so its extremes are at the run's ends: the
    // first and last steps' ends, dated like every other warning.
    private static GuardWarning? Efficiency(ScenarioSpec spec, ClusterSpec cluster, string at)
    {
        foreach (double year in new[] { spec.StartYear + spec.StepMonths / 12.0, spec.EndYear })
        {
            double e = HardwareTrends.FlopPerJoule(cluster.Hardware, year);
            if (e > PhysicalLimits.CmosFlopPerJoule * (1 + 1e-9))
                return new GuardWarning("flop_per_joule", cluster.Name, $"{at}.hardware", year, e, PhysicalLimits.CmosFlopPerJoule,
                    $"the GPUs of cluster {IssueText.Quote(cluster.Name)} reach {Show(e)} FLOP per joule in {Year(year)}, " +
                    $"past the CMOS limit of {Show(PhysicalLimits.CmosFlopPerJoule)} " +
                    $"(Ho, Erdil & Besiroglu 2023); lower {at}.hardware.flop_per_joule_limit or peak_flops_per_gpu, or raise power_per_gpu_kw");
        }
        return null;
    }

    private static string Gw(double mw) => (mw / 1000).ToString("0.#", CultureInfo.InvariantCulture);
    private static string Show(double x) => x.ToString("0.##e0", CultureInfo.InvariantCulture);
    private static string Year(double y) => CalendarMonth.Label(y);
}
