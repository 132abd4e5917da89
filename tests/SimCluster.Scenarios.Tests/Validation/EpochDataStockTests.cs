using SimCluster.Model.Scenarios;
using SimCluster.Model.Sweeps;
using SimCluster.Model.World;
using Xunit.Abstractions;

namespace SimCluster.Scenarios.Tests.Validation;

/// <summary>
/// docs/model.md §16.4, scenarios/epoch-data-stock.yaml: Epoch's historical-trend projection (Villalobos et al. 2024,
/// "Will we run out of data? Limits of LLM scaling based on human-generated data", arXiv:2211.04325 v2; model code
/// github.com/epoch-research/data-stock). A lab whose largest run's dataset follows D_2024·g^(t − 2024) against a
/// public stock S0·(1 + s)^(t − 2024).
/// </summary>
public sealed class EpochDataStockTests(ITestOutputHelper output)
{
    // Epoch's full-stock-use dates for the historical-trend projection: P10 / P50 / P90.
    private const double EpochP10 = 2027.36, EpochP50 = 2029.02, EpochP90 = 2031.18;
    private const double Tolerance = 0.3;
    private const int Replicates = 2000;

    private static readonly LoadedScenario Scenario = ShippedScenarios.Load("epoch-data-stock");

    /// <summary>The analytic crossing of D0·g^t and S0·s^t: ln(S0/D0)/ln(g/s) years after 2024.</summary>
    private static double Crossing(double s0, double growthFraction, double d0, double g) => 2024 + Math.Log(s0 / d0) / Math.Log(g / (1 + growthFraction));

    [Theory]
    [InlineData(3.22e14, 0.08, 6.3e12, 2.38)]   // the medians
    [InlineData(1.0e14, 0.02, 9.1e12, 1.93)]    // crossings that fall mid-month
    [InlineData(8.0e14, 0.12, 3.3e12, 3.05)]
    public void A_trend_lab_exhausts_a_single_public_stock_within_0_01_yr_of_the_analytic_crossing(double s0, double s, double d0, double g)
    {
        var spec = ScenarioSampler.Apply(Scenario.Spec with { Uncertain = [] }, [
            ("sources.public-web-text.initial_stock_tokens", s0), ("sources.public-web-text.growth_fraction_per_year", s),
            ("labs.largest-run.dataset_trend.tokens_2024", d0), ("labs.largest-run.dataset_trend.growth_factor_per_year", g)]);
        Assert.Empty(ScenarioValidator.Validate(spec));
        double expected = Crossing(s0, s, d0, g);
        double? year = RunSummary.From(spec, WorldRun.RunAll(spec).Labs).Labs.Single().ExhaustionYear;
        output.WriteLine($"S0 {s0:e2}, s {s}, D0 {d0:e2}, g {g}: analytic {expected:F4}, simulated {year:F4}");
        Assert.NotNull(year);
        Assert.InRange(year.Value, expected - 0.01, expected + 0.01);
    }

    [Fact]
    public void The_sweep_reproduces_Epochs_exhaustion_quantiles_within_0_3_yr()
    {
        var spec = Scenario.Spec;
        var layout = new SweepLayout(spec);
        var design = new MonteCarloDesign(spec, Replicates);
        var years = new double[Replicates];
        Parallel.For(0, Replicates, r =>
        {
            var outcome = ReplicateRunner.Run(spec, layout, design.Task(r));
            // A replicate that never exhausts by the end year counts beyond it, not as missing.
            years[r] = outcome.Labs.Single().ExhaustionYear ?? double.PositiveInfinity;
        });
        Array.Sort(years);
        double p10 = Quantile(years, 0.1), p50 = Quantile(years, 0.5), p90 = Quantile(years, 0.9);
        int never = years.Count(double.IsPositiveInfinity);
        output.WriteLine($"{Replicates} replicates ({never} never exhausted by {spec.EndYear}): P10 {p10:F2}, P50 {p50:F2}, P90 {p90:F2}; " +
            $"Epoch: {EpochP10} / {EpochP50} / {EpochP90}");
        Assert.InRange(p10, EpochP10 - Tolerance, EpochP10 + Tolerance);
        Assert.InRange(p50, EpochP50 - Tolerance, EpochP50 + Tolerance);
        Assert.InRange(p90, EpochP90 - Tolerance, EpochP90 + Tolerance);
    }

    /// <summary>The p-quantile of sorted values, linear between order statistics (numpy's default).</summary>
    private static double Quantile(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        if (lo + 1 >= sorted.Length || double.IsPositiveInfinity(sorted[lo + 1])) return sorted[lo];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
