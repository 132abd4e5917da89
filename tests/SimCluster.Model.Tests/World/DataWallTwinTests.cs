using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Model.Tests.World;

/// <summary>
/// The twin with unlimited human data and the years lost to the data wall measured against it: positive where the
/// stock is small, zero where it is already too large to bind, and the twin is never behind the real lab.
/// </summary>
public sealed class DataWallTwinTests
{
    private static ScenarioSpec WithStock(double tokens, double endYear = 2050)
    {
        var spec = TestWorlds.FourLabs(endYear);
        return spec with { Sources = spec.Sources.Select(s => s with { InitialStockTokens = tokens }).ToArray() };
    }

    private static (RunSummary Real, IReadOnlyList<TrajectoryRow> RealRows, IReadOnlyList<TrajectoryRow> Twin, IReadOnlyList<DataWallResult> Lost) Measure(ScenarioSpec spec)
    {
        var rows = WorldRun.RunAll(spec).Labs;
        var real = RunSummary.From(spec, rows);
        var twin = DataWallTwin.Run(spec);
        return (real, rows, twin, YearsLost.Of(real, twin));
    }

    [Fact]
    public void The_twin_changes_only_the_initial_stocks_and_stays_valid()
    {
        var spec = TestWorlds.FourLabs();
        var twin = DataWallTwin.Of(spec);
        Assert.Empty(ScenarioValidator.Validate(twin));
        Assert.All(twin.Sources, s => Assert.Equal(1e20, s.InitialStockTokens));
        Assert.Equal(spec.Sources.Select(s => s with { InitialStockTokens = 0 }), twin.Sources.Select(s => s with { InitialStockTokens = 0 }));
        Assert.Equal(spec with { Sources = [] }, twin with { Sources = [] });
    }

    [Fact]
    public void A_tiny_stock_costs_the_real_data_heavy_lab_years()
    {
        var m = Measure(WithStock(1e13));
        var lab = m.Lost.Single(l => l.Lab == "lab-a");
        Assert.NotNull(m.Real.Labs.Single(l => l.Lab == "lab-a").ExhaustionYear);
        Assert.True(lab.YearsLost > 0, $"years lost {lab.YearsLost}");
        Assert.InRange(lab.YearsLost!.Value, 0, 2050 - 2024);
        Assert.True(lab.CapabilityEciWithoutDataWall > m.Real.Labs.Single(l => l.Lab == "lab-a").FinalCapabilityEci,
            $"twin {lab.CapabilityEciWithoutDataWall} vs real {m.Real.Labs.Single(l => l.Lab == "lab-a").FinalCapabilityEci}");
    }

    [Fact]
    public void A_stock_already_too_large_to_bind_costs_nothing()
    {
        var m = Measure(WithStock(1e20, 2040));
        Assert.All(m.Real.Labs, l => Assert.Null(l.ExhaustionYear));
        Assert.All(m.Lost, l => Assert.Equal(0, l.YearsLost));
        Assert.All(m.Lost, l => Assert.Equal(m.Real.Labs.Single(r => r.Lab == l.Lab).FinalCapabilityEci, l.CapabilityEciWithoutDataWall));
    }

    [Fact]
    public void The_twin_of_a_real_data_heavy_lab_is_never_behind_it()
    {
        var m = Measure(WithStock(1e13));
        var real = m.RealRows.Where(r => r.Lab == "lab-a").ToDictionary(r => r.Step);
        Assert.All(m.Twin.Where(r => r.Lab == "lab-a"), t =>
            Assert.True(t.CapabilityEci >= real[t.Step].CapabilityEci - 1e-9, $"{t.Year}: twin {t.CapabilityEci} < real {real[t.Step].CapabilityEci}"));
    }

    [Fact]
    public void Years_lost_counts_from_the_first_twin_step_at_the_real_final_capability()
    {
        var spec = TestWorlds.FourLabs(2026);
        var rows = WorldRun.RunAll(spec).Labs.Where(r => r.Lab == "lab-a").ToArray();
        var real = RunSummary.From(spec, rows).Labs.Single() with { ExhaustionYear = 2025, FinalCapabilityEci = rows[11].CapabilityEci };
        var result = YearsLost.For(real, rows);
        double first = rows.First(r => r.CapabilityEci >= rows[11].CapabilityEci).Year;
        Assert.Equal(real.FinalYear - first, result.YearsLost!.Value, 12);
        Assert.Equal(rows[^1].CapabilityEci, result.CapabilityEciWithoutDataWall);
        Assert.Equal(new DataWallResult("lab-a", null, null), YearsLost.For(real, []));
        Assert.Equal(0, YearsLost.For(real with { ExhaustionYear = null }, rows).YearsLost);
    }
}
