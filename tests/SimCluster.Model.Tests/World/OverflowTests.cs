using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;
using SimCluster.Model.World;

namespace SimCluster.Model.Tests.World;

/// <summary>
/// Every value in range, yet compounding over a long run overflows ("a budget growing 100x/yr for
/// 8000 years"; the ranges now allow 10x/yr to 2500). The runtimes stop the run with a ScenarioRunException naming
/// the field that drives the quantity, in the validator's path style, instead of an internal error or Infinity.
/// </summary>
public sealed class OverflowTests
{
    /// <summary>Two labs to 2500 in yearly steps; "z-lab" is labs[0] and "a-lab" labs[1] (runtimes run in name order).</summary>
    private static ScenarioSpec Long(BudgetParameters? aBudget = null, HardwareParameters? aHardware = null)
    {
        var strategy = StrategyPresets.Balanced with { TrainingRunMonths = 12 };
        var spec = new ScenarioSpec("long", 2024, 2500, 12, 1, WorldParameters.Default, [DataSourcePresets.PublicWebText],
            [new ClusterSpec("cz", HardwareParameters.Default), new ClusterSpec("ca", aHardware ?? HardwareParameters.Default)],
            [
                new LabSpec("z-lab", strategy, BudgetParameters.Default, "cz", [DataSourcePresets.PublicWebText.Name]),
                new LabSpec("a-lab", strategy, aBudget ?? BudgetParameters.Default, "ca", [DataSourcePresets.PublicWebText.Name]),
            ]);
        Assert.Empty(ScenarioValidator.Validate(spec)); // every value in range: only the run can find this
        return spec;
    }

    private static ScenarioRunException Overflows(ScenarioSpec spec) => Assert.Throws<ScenarioRunException>(() => WorldRun.RunAll(spec));

    [Fact]
    public void A_budget_compounding_10x_a_year_names_its_growth_factor()
    {
        var e = Overflows(Long(aBudget: BudgetParameters.Default with { InitialUsdPerYear = 1e15, GrowthFactorPerYear = 10, BreakYear = 2500 }));
        Assert.Equal("labs.a-lab.budget.growth_factor_per_year", e.Path);
        Assert.InRange(e.Year, 2200, 2400);
        Assert.Contains("compounding 10x a year; lower the growth or end the run earlier", e.Detail);
    }

    [Fact]
    public void A_budget_compounding_after_its_break_names_the_factor_after_the_break()
    {
        var e = Overflows(Long(aBudget: BudgetParameters.Default with { GrowthFactorPerYear = 1.1, GrowthFactorPerYearAfterBreak = 10, BreakYear = 2100 }));
        Assert.Equal("labs.a-lab.budget.growth_factor_per_year_after_break", e.Path);
        Assert.True(e.Year > 2100);
    }

    [Fact]
    public void Peak_flops_doubling_every_tenth_of_a_year_names_the_doubling_time()
    {
        var e = Overflows(Long(aHardware: HardwareParameters.Default with { PeakFlopsDoublingYears = 0.1 }));
        Assert.Equal("clusters.ca.hardware.peak_flops_doubling_years", e.Path);
        Assert.InRange(e.Year, 2024, 2130); // 2^1024 after 102.4 years, or sooner through the fleet's totals
    }

    [Fact]
    public void Price_performance_doubling_every_tenth_of_a_year_names_its_doubling_time()
    {
        var e = Overflows(Long(aHardware: HardwareParameters.Default with { PricePerformanceDoublingYears = 0.1 }));
        Assert.Equal("clusters.ca.hardware.price_performance_doubling_years", e.Path);
    }

    [Fact]
    public void A_source_growing_out_of_range_names_its_growth()
    {
        // Out of the validator's range on purpose: within it a stock cannot overflow by 2500, so this is the
        // backstop for a spec that reaches a runtime unvalidated.
        var source = new DataSourceRuntime(DataSourcePresets.PublicWebText with { GrowthFractionPerYear = 1e3 }, "sources.web");
        var e = Assert.Throws<ScenarioRunException>(() => { for (int year = 2024; year < 2500; year++) source.Advance(year, 1); });
        Assert.Equal("sources.web.growth_fraction_per_year", e.Path);
        Assert.Contains("tokens", e.Detail);
    }

    [Fact]
    public void No_row_of_a_run_that_ends_in_range_is_not_finite()
    {
        // A long run that stays in range: the checks must not fire on legitimate values (GPQA saturates at 100,
        // stocks grow, budgets grow 1.3x a year for four centuries).
        var rows = WorldRun.RunAll(Long() with { EndYear = 2400 });
        Assert.All(rows.Labs, r => Assert.Null(FiniteRows.FirstNonFinite(r)));
        Assert.All(rows.Sources, r => Assert.Null(FiniteRows.FirstNonFinite(r)));
    }
}
