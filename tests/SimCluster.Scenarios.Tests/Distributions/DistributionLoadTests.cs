using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;

namespace SimCluster.Scenarios.Tests.Distributions;

/// <summary>Each distribution form becomes the right UncertainParameter, and the spec's value is its median.</summary>
public sealed class DistributionLoadTests
{
    private const string Stock = "sources.public-web-text.initial_stock_tokens";

    private static UncertainParameter OnlyStock(string map)
    {
        var spec = DistributionYaml.Load(DistributionYaml.WithStock(map)).Spec;
        var u = Assert.Single(spec.Uncertain);
        Assert.Equal(Stock, u.Path);
        Assert.Equal(u.Distribution.Quantile(0.5), spec.Sources[0].InitialStockTokens);
        return u;
    }

    [Fact]
    public void Normal_with_bounds()
    {
        var u = OnlyStock("{distribution: normal, mean: 3e14, sd: 1e14, min: 1e14, max: 6e14}");
        Assert.Equal(new NormalDistribution(3e14, 1e14, 1e14, 6e14), u.Distribution);
    }

    [Fact]
    public void Lognormal_by_median_and_p90_has_that_median()
    {
        var u = OnlyStock("{distribution: lognormal, median: 3e14, p90: 1e15}");
        Assert.Equal(LogNormalDistribution.FromMedianAndP90(3e14, 1e15), u.Distribution);
        Assert.Equal(3e14, u.Distribution.Quantile(0.5), 1e14 * 1e-12);
        Assert.Equal(1e15, u.Distribution.Quantile(0.9), 1e15 * 1e-12);
    }

    [Fact]
    public void Lognormal_by_median_and_sigma_as_fits_of_ln_x_are_reported()
    {
        // Villalobos et al. 2024 report the largest run's 2024 dataset as a median and the sigma of its log.
        var u = OnlyStock("{distribution: lognormal, median: 6.3e12, sigma: 0.446}");
        Assert.Equal(new LogNormalDistribution(Math.Log(6.3e12), 0.446), u.Distribution);
        Assert.Equal(6.3e12, u.Distribution.Quantile(0.5), 6.3e12 * 1e-12);
    }

    [Fact]
    public void Lognormal_by_mu_and_sigma_written_as_a_block_map()
    {
        var u = OnlyStock("\n      distribution: lognormal\n      mu: 33.3\n      sigma: 0.5\n      max: 1e15");
        Assert.Equal(new LogNormalDistribution(33.3, 0.5, null, 1e15), u.Distribution);
    }

    [Fact]
    public void Uniform()
    {
        var u = OnlyStock("{distribution: uniform, lower: 1e14, upper: 5e14}");
        Assert.Equal(new UniformDistribution(1e14, 5e14), u.Distribution);
        Assert.Equal(3e14, DistributionYaml.Load(DistributionYaml.WithStock("{distribution: uniform, lower: 1e14, upper: 5e14}")).Spec.Sources[0].InitialStockTokens, 1e2);
    }

    [Fact]
    public void Triangular_median_is_not_its_mode()
    {
        var spec = DistributionYaml.Load(DistributionYaml.Sound.Replace("doubling_months: 8", "doubling_months: {distribution: triangular, lower: 5, mode: 8, upper: 14}")).Spec;
        var u = Assert.Single(spec.Uncertain);
        Assert.Equal(new UncertainParameter("world.algorithmic_progress.doubling_months", new TriangularDistribution(5, 8, 14)), u);
        Assert.Equal(14 - Math.Sqrt(9 * 6 / 2.0), spec.World.Progress.DoublingMonths, 1e-9); // upper − √((upper−lower)(upper−mode)/2)
    }

    [Fact]
    public void Truncation_moves_the_nominal_value_to_the_truncated_median()
    {
        var u = OnlyStock("{distribution: normal, mean: 3e14, sd: 1e14, min: 3e14}");
        Assert.True(u.Distribution.Quantile(0.5) > 3.6e14, "half-normal above the mean: median mean + 0.674 sd");
    }

    [Fact]
    public void Uncertain_parameters_are_listed_in_file_order_not_reading_order()
    {
        // The reader visits world before sources and budget before initial_params whatever the file's order.
        string yaml = """
            name: t
            end_year: 2030
            labs:
              - name: a
                cluster: c1
                sources: [web]
                strategy: balanced
                initial_params: {distribution: uniform, lower: 1e11, upper: 1e12}
                budget: {growth_factor_per_year: {distribution: triangular, lower: 1.5, mode: 2, upper: 3}}
            sources:
              - {name: web, initial_stock_tokens: {distribution: lognormal, median: 3e14, p90: 1e15}}
            clusters: [{name: c1, hardware: {mfu: {distribution: uniform, lower: 0.3, upper: 0.5}}}]
            world:
              rl: {headroom_eci: {distribution: uniform, lower: 8, upper: 22}}
            """;
        Assert.Equal(
            ["labs.a.initial_params", "labs.a.budget.growth_factor_per_year", "sources.web.initial_stock_tokens", "clusters.c1.hardware.mfu", "world.rl.headroom_eci"],
            DistributionYaml.Load(yaml).Spec.Uncertain.Select(u => u.Path));
    }

    [Fact]
    public void An_anchored_distribution_is_drawn_separately_for_each_field_that_uses_it()
    {
        string yaml = DistributionYaml.Sound
            .Replace("budget: {growth_factor_per_year: 2}", "budget: {growth_factor_per_year: &g {distribution: triangular, lower: 1.5, mode: 2, upper: 3}}")
            + "\n  - {name: b, cluster: c1, sources: [public-web-text], strategy: adaptive, budget: {growth_factor_per_year: *g}}";
        var spec = DistributionYaml.Load(yaml).Spec;
        Assert.Equal(["labs.a.budget.growth_factor_per_year", "labs.b.budget.growth_factor_per_year"], spec.Uncertain.Select(u => u.Path));
        Assert.NotEqual(ScenarioSampler.Sample(spec, 3).Labs[0].Budget.GrowthFactorPerYear, ScenarioSampler.Sample(spec, 3).Labs[1].Budget.GrowthFactorPerYear);
    }
}
