using SimCluster.Model.Data;
using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Model.Tests.World;

public sealed class WorldRunTests
{
    [Fact]
    public void Four_labs_over_forty_years_keep_every_invariant()
    {
        var spec = TestWorlds.FourLabs();
        Assert.Empty(ScenarioValidator.Validate(spec));
        var rows = WorldRun.RunAll(spec);
        Assert.Equal(480 * 4, rows.Labs.Count);
        Assert.Equal(480 * 3, rows.Sources.Count);
        Assert.Empty(TrajectoryChecks.Violations(rows.Labs, rows.Sources));
    }

    [Fact]
    public void The_invariant_checks_catch_a_broken_row()
    {
        var rows = WorldRun.RunAll(TestWorlds.FourLabs(2026));
        var broken = rows.Labs.Select(r => r.Step == 5 && r.Lab == "lab-b" ? r with { FlopRl = r.FlopRl * 2, EnergyKwhCumulative = 0 } : r).ToArray();
        var v = TrajectoryChecks.Violations(broken, rows.Sources);
        Assert.Contains(v, m => m.Contains("lab-b step 5: compute by use"));
        Assert.Contains(v, m => m.Contains("lab-b step 5: cumulative energy decreased"));
    }

    [Fact]
    public void Same_scenario_gives_identical_rows()
    {
        var a = WorldRun.RunAll(TestWorlds.FourLabs(2034));
        var b = WorldRun.RunAll(TestWorlds.FourLabs(2034));
        Assert.Equal(a.Labs, b.Labs);
        Assert.Equal(a.Sources, b.Sources);
    }

    [Fact]
    public void Labs_competing_for_licensed_archives_never_take_more_than_it_holds()
    {
        var rows = WorldRun.RunAll(TestWorlds.FourLabs(2040));
        var archives = rows.Sources.Where(s => s.Source == "licensed-archives").ToArray();
        Assert.Contains(archives, s => s.GrantedTokens > 0);
        Assert.All(archives, s => Assert.True(s.LicensedTokens <= s.StockTokens * (1 + 1e-12)));
        // Once every lab wants more than there is, the archive is fully licensed.
        Assert.Equal(archives[^1].StockTokens, archives[^1].LicensedTokens, archives[^1].StockTokens * 1e-9);
    }

    [Fact]
    public void Every_lab_runs_into_the_data_wall_and_the_pretraining_heavy_one_first()
    {
        // Villalobos et al. 2024: 3e14 tokens, 8%/yr; the median full-use year of their projection is 2028.
        var summary = RunSummary.From(TestWorlds.FourLabs(), WorldRun.RunAll(TestWorlds.FourLabs()).Labs);
        Assert.All(summary.Labs, l => Assert.InRange(l.ExhaustionYear ?? double.NaN, 2026, 2034));
        double real = summary.Labs.Single(l => l.Strategy == "real-data-heavy").ExhaustionYear!.Value;
        double sim = summary.Labs.Single(l => l.Strategy == "simulation-heavy").ExhaustionYear!.Value;
        Assert.True(real < sim, $"real-data-heavy {real} should hit the wall before simulation-heavy {sim}");
    }

    [Fact]
    public void A_power_cap_holds_the_fleet_below_it()
    {
        var rows = WorldRun.RunAll(TestWorlds.FourLabs(2050, powerCapMw: 2000)).Labs;
        Assert.All(rows, r => Assert.True(r.PowerMw <= 2000 * (1 + 1e-9), $"{r.Lab} {r.Year}: {r.PowerMw} MW"));
        Assert.Contains(rows, r => r.PowerMw > 1900);
    }
}
