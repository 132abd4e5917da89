using SimCluster.Model.Data;

namespace SimCluster.Model.Tests.Unit;

public sealed class DataSourceTests
{
    [Fact]
    public void Public_web_text_grows_8_percent_a_year_in_monthly_steps()
    {
        var p = DataSourcePresets.PublicWebText;
        double stock = p.InitialStockTokens;
        for (int k = 0; k < 12; k++) stock = DataStock.Advance(p, stock, 2024 + k / 12.0, 1 / 12.0);
        Assert.Equal(3e14 * 1.08, stock, 3e14 * 1e-12);
    }

    [Fact]
    public void Additive_production_accrues_only_after_the_first_year()
    {
        var p = DataSourcePresets.HumanDailyProduction with { FirstYear = 2026 };
        Assert.Equal(0, DataStock.Advance(p, 0, 2025, 0.5));
        Assert.Equal(p.NewTokensPerYear * 0.5, DataStock.Advance(p, 0, 2026, 0.5), 1e-3);
        Assert.Equal(3.65e12, DataSourcePresets.HumanDailyProduction.NewTokensPerYear, 1e-3);
        Assert.InRange(1e12, DataSourcePresets.HumanTokensPerDayLow, DataSourcePresets.HumanTokensPerDayHigh);
    }

    [Fact]
    public void Exclusive_allocation_does_not_depend_on_request_order()
    {
        var a = ExclusiveAllocation.Allocate(new Dictionary<string, double> { ["b"] = 3e13, ["a"] = 1e13, ["c"] = 6e13 }, 5e13);
        var b = ExclusiveAllocation.Allocate(new Dictionary<string, double> { ["c"] = 6e13, ["a"] = 1e13, ["b"] = 3e13 }, 5e13);
        Assert.Equal(a.ToArray(), b.ToArray());
        Assert.Equal(["a", "b", "c"], a.Keys);
        Assert.Equal(5e13, a.Values.Sum(), 5e13 * 1e-12);
        Assert.Equal(0.5e13, a["a"], 1e-3);
    }

    [Fact]
    public void Exclusive_allocation_rejects_negative_requests()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ExclusiveAllocation.Allocate(new Dictionary<string, double> { ["x"] = -1 }, 1));
        Assert.Contains("'x'", e.Message);
    }
}
