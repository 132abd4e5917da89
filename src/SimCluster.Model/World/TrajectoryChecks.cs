namespace SimCluster.Model.World;

/// <summary>
/// The invariants every run must keep, whatever its inputs, as messages rather than exceptions so a test can list
/// every breach: no stock below zero, seen tokens never above the stock, grants never above what was unlicensed,
/// compute by use summing to compute delivered, cumulative energy and cost never decreasing.
/// </summary>
public static class TrajectoryChecks
{
    /// <summary>Relative tolerance for sums that are computed two ways.</summary>
    public const double RelativeTolerance = 1e-9;

    /// <summary>Every breach in <paramref name="rows"/> (any order) and <paramref name="sources"/>.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<TrajectoryRow> rows, IEnumerable<SourceRow> sources)
    {
        var v = new List<string>();
        foreach (var lab in rows.GroupBy(r => (r.Replicate, r.Lab)))
        {
            TrajectoryRow? previous = null;
            foreach (var r in lab.OrderBy(r => r.Step))
            {
                string at = $"{r.Lab} step {r.Step}";
                if (!(r.HumanStockTokens >= 0)) v.Add($"{at}: human stock {r.HumanStockTokens} < 0");
                if (!(r.HumanUnseenTokens >= 0 && r.HumanUnseenTokens <= r.HumanStockTokens * (1 + RelativeTolerance)))
                    v.Add($"{at}: unseen {r.HumanUnseenTokens} outside [0, stock {r.HumanStockTokens}] (seen would be negative or above the stock)");
                if (!Close(r.FlopDelivered, r.FlopPretrain + r.FlopExperiments + r.FlopSynthetic + r.FlopRl + r.FlopInference))
                    v.Add($"{at}: compute by use does not sum to compute delivered");
                if (!(r.EnergyKwh >= 0)) v.Add($"{at}: step energy {r.EnergyKwh} < 0");
                if (previous is not null)
                {
                    if (r.Step != previous.Step + 1) v.Add($"{at}: follows step {previous.Step}");
                    if (r.EnergyKwhCumulative < previous.EnergyKwhCumulative) v.Add($"{at}: cumulative energy decreased");
                    if (r.CostUsdCumulative < previous.CostUsdCumulative) v.Add($"{at}: cumulative cost decreased");
                    if (!Close(r.EnergyKwhCumulative, previous.EnergyKwhCumulative + r.EnergyKwh)) v.Add($"{at}: cumulative energy is not the running sum");
                }
                previous = r;
            }
        }
        foreach (var s in sources)
        {
            string at = $"{s.Source} step {s.Step}";
            if (!(s.StockTokens >= 0)) v.Add($"{at}: stock {s.StockTokens} < 0");
            if (!(s.UnlicensedBeforeTokens >= 0)) v.Add($"{at}: unlicensed {s.UnlicensedBeforeTokens} < 0");
            if (!(s.GrantedTokens >= 0 && s.GrantedTokens <= s.UnlicensedBeforeTokens * (1 + RelativeTolerance)))
                v.Add($"{at}: granted {s.GrantedTokens} above the {s.UnlicensedBeforeTokens} that remained");
            if (!(s.LicensedTokens <= s.StockTokens * (1 + RelativeTolerance))) v.Add($"{at}: licensed {s.LicensedTokens} above the stock {s.StockTokens}");
        }
        return v;
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));
}
