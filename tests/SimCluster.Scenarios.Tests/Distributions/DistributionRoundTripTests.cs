using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;

namespace SimCluster.Scenarios.Tests.Distributions;

/// <summary>The resolved file of a sweep keeps its distributions: Write(Load(Write(spec))) is Write(spec), Uncertain included.</summary>
public sealed class DistributionRoundTripTests
{
    private static ScenarioSpec Reload(string text)
    {
        var result = ScenarioLoader.Parse(text, "scenario.resolved.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors) + "\n" + text);
        return result.Scenario!.Spec;
    }

    private static void AssertRoundTrip(ScenarioSpec spec)
    {
        string written = ScenarioWriter.Write(spec, "d", "test");
        var again = Reload(written);
        Assert.Equal(spec.Uncertain, again.Uncertain);
        Assert.Equal(written, ScenarioWriter.Write(again, "d", "test"));
    }

    [Fact]
    public void Every_kind_with_and_without_bounds_round_trips_exactly()
    {
        var baseline = ShippedScenarios.Load("baseline").Spec;
        AssertRoundTrip(baseline with
        {
            // In file order: the loader lists them so.
            Uncertain =
            [
                new("world.loss_constants.alpha", new NormalDistribution(0.3478, 0.01 / 3, 0.3, 0.4)),
                new("world.algorithmic_progress.doubling_months", new TriangularDistribution(5, 8, 14)),
                new("world.rl.headroom_eci", new UniformDistribution(10 + 0.2, 20, Max: 19)),
                new("sources.public-web-text.initial_stock_tokens", LogNormalDistribution.FromMedianAndP90(3e14, 1e15, 1e14, 1e15)),
                new("sources.human-daily-production.new_tokens_per_year", new LogNormalDistribution(Math.PI * 10, 1.0 / 7)),
                new("clusters.cluster-simulation-heavy.power_cap_mw", new NormalDistribution(5000, 1000, Min: 1000)),
                new("labs.balanced.budget.break_year", new UniformDistribution(2028, 2035)),
                new("labs.adaptive.strategy.training_run_months", new TriangularDistribution(3, 6, 12, 3, 11.5)),
            ],
        });
    }

    [Fact]
    public void A_lognormal_given_by_median_and_p90_is_written_back_that_way()
    {
        string file = DistributionYaml.WithStock("{distribution: lognormal, median: 3e14, p90: 1e15, min: 1e14, max: 1e15}")
            .Replace("doubling_months: 8", "doubling_months: {distribution: lognormal, median: 8, p90: 12.5}")
            .Replace("growth_factor_per_year: 2", "growth_factor_per_year: {distribution: lognormal, median: 2, p90: 2.9, max: 3}");
        string text = ScenarioWriter.Write(DistributionYaml.Load(file).Spec, null, "test");
        Assert.Contains("    initial_stock_tokens: {distribution: lognormal, median: 3e14, p90: 1e15, min: 1e14, max: 1e15}\n", text);
        Assert.Contains("    doubling_months: {distribution: lognormal, median: 8, p90: 12.5}\n", text);
        Assert.Contains("      growth_factor_per_year: {distribution: lognormal, median: 2, p90: 2.9, max: 3}\n", text);
        Assert.Contains("# 3 parameters are distributions", text);
    }

    [Fact]
    public void Any_lognormal_round_trips_bit_for_bit_whichever_form_is_written()
    {
        var rng = new Random(4);
        var baseline = ShippedScenarios.Load("baseline").Spec;
        for (int i = 0; i < 120; i++)
        {
            var d = i % 2 == 0
                // mu up to 20 keeps even the highest draws (7 sigma above) under the 1e20 tokens a year allowed.
                ? new LogNormalDistribution(rng.NextDouble() * 60 - 40, rng.NextDouble() * 3 + 1e-3)
                : LogNormalDistribution.FromMedianAndP90(Math.Round(rng.NextDouble() * 100, rng.Next(0, 6)) + 1e-3, 150 + rng.NextDouble() * 100);
            AssertRoundTrip(baseline with { Uncertain = [new("sources.public-web-text.new_tokens_per_year", d)] });
        }
    }

    [Fact]
    public void The_nominal_value_written_is_replaced_by_the_distribution()
    {
        var baseline = ShippedScenarios.Load("baseline").Spec;
        var spec = baseline with { Uncertain = [new("clusters.cluster-real-data-heavy.hardware.mfu", new UniformDistribution(0.3, 0.5))] };
        string text = ScenarioWriter.Write(spec, null, "test");
        Assert.Contains("      mfu: {distribution: uniform, lower: 0.3, upper: 0.5}\n", text);
        Assert.Equal(0.4, Reload(text).Clusters[0].Hardware.Mfu, 1e-15);
        Assert.Equal(1, text.Split('\n').Count(l => l.Contains("distribution:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_path_the_format_does_not_have_cannot_be_written()
    {
        var spec = ShippedScenarios.Load("baseline").Spec with { Uncertain = [new("labs.no-such-lab.initial_params", new UniformDistribution(1, 2))] };
        Assert.Throws<ArgumentException>(() => ScenarioWriter.Write(spec, null, "test"));
    }

    [Fact]
    public void Every_variable_field_can_be_a_distribution()
    {
        // Each field ScenarioParameters lists, written as a narrow uniform around its baseline value, loads.
        var baseline = ShippedScenarios.Load("baseline").Spec;
        string text = ScenarioWriter.Write(baseline, null, "test");
        var all = ScenarioParameters.Of(baseline)
            .Where(p => double.IsFinite(p.Get(baseline)) && p.Get(baseline) > 0)
            .Select(p => new UncertainParameter(p.Path, Narrow(baseline, p)))
            .ToArray();
        var spec = DistributionYaml.Load(ScenarioWriter.Write(baseline with { Uncertain = all }, null, "test")).Spec;
        Assert.Equal(all.Select(u => u.Path), spec.Uncertain.Select(u => u.Path));
        Assert.True(all.Length > 60, $"{all.Length} fields");
        Assert.NotEqual(text, ScenarioWriter.Write(spec with { Uncertain = [] }, null, "test")); // the nominal values moved to the medians
    }

    /// <summary>A uniform just below or just above the value, whichever keeps every draw valid (pue is at least 1, mfu at most 1).</summary>
    private static UniformDistribution Narrow(ScenarioSpec spec, ScenarioParameter p)
    {
        double v = p.Get(spec);
        foreach (var (lower, upper) in new[] { (v * 0.999, v), (v, v * 1.001) })
            if (ScenarioValidator.Validate(p.Set(spec, lower)).Count == 0 && ScenarioValidator.Validate(p.Set(spec, upper)).Count == 0)
                return new UniformDistribution(lower, upper);
        throw new InvalidOperationException($"no narrow range around {v} is valid for {p.Path}");
    }
}
