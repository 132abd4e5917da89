using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;

namespace SimCluster.Scenarios.Tests.Distributions;

public sealed class BaselineUncertainTests
{
    private static readonly TriangularDistribution BudgetGrowth = new(1.5, 2, 3);

    [Fact]
    public void Baseline_uncertain_puts_the_sourced_distributions_on_the_key_constants()
    {
        var s = ShippedScenarios.Load("baseline-uncertain").Spec;
        UncertainParameter[] expected =
        [
            new("world.algorithmic_progress.doubling_months", new TriangularDistribution(5, 8, 14)),
            new("world.algorithmic_progress.slowdown_half_life_years", new TriangularDistribution(5, 15, 40)),
            new("world.algorithmic_progress.data_efficiency_share", new UniformDistribution(0, 0.5)),
            new("world.synthetic.collapse_kappa", LogNormalDistribution.FromMedianAndP90(0.0572, 0.17, 0, 0.5)),
            new("world.rl.headroom_eci", new UniformDistribution(8, 22)),
            new("world.rl.environment_cost_multiple", LogNormalDistribution.FromMedianAndP90(10, 50, 3, 100)),
            new("world.rl.simulation_headroom_per_decade", new UniformDistribution(0, 8)),
            new("sources.public-web-text.initial_stock_tokens", LogNormalDistribution.FromMedianAndP90(3e14, 1e15, 1e14, 1e15)),
            new("sources.public-web-text.growth_fraction_per_year", new UniformDistribution(0.02, 0.14)),
            .. new[] { "real-data-heavy", "balanced", "simulation-heavy", "adaptive" }.Select(lab => new UncertainParameter($"labs.{lab}.budget.growth_factor_per_year", BudgetGrowth)),
        ];
        Assert.Equal(expected, s.Uncertain);
    }

    [Fact]
    public void Baseline_uncertain_is_the_baseline_but_for_its_distributions()
    {
        var baseline = ShippedScenarios.Load("baseline").Spec;
        var uncertain = ShippedScenarios.Load("baseline-uncertain").Spec;
        var baselineValues = uncertain.Uncertain.Select(u => (u.Path, ScenarioParameters.Find(baseline, u.Path, out _)!.Get(baseline)));
        SpecAssert.Equal(baseline with { Name = "baseline-uncertain" }, ScenarioSampler.Apply(uncertain, baselineValues) with { Uncertain = [] });
    }

    [Fact]
    public void Replicates_of_baseline_uncertain_draw_within_the_sources_ranges()
    {
        var s = ShippedScenarios.Load("baseline-uncertain").Spec;
        for (long r = 0; r < 200; r++)
        {
            var draw = ScenarioSampler.Sample(s, r);
            Assert.Empty(ScenarioValidator.Validate(draw with { Uncertain = [] }));
            Assert.InRange(draw.Sources[0].InitialStockTokens, 1e14, 1e15);
            Assert.InRange(draw.World.Progress.DoublingMonths, 5, 14);
            Assert.InRange(draw.World.Synthetic.CollapseKappa, 0, 0.5);
            Assert.All(draw.Labs, l => Assert.InRange(l.Budget.GrowthFactorPerYear, 1.5, 3));
        }
    }
}
