namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>
/// Values inside the old documented ranges overflowed mid-run ("internal error", or Infinity in
/// the outputs). Each such input is now outside a physically meaningful range, refused at its line.
/// </summary>
public sealed class PhysicalRangeTests
{
    [Theory]
    [InlineData("budget: {initial_usd_per_year: 5e9}", "budget: {initial_usd_per_year: 1.797e308}", 11, "labs.a.budget.initial_usd_per_year", "USD per year in (0, 1e15]; got 1.797e308")]
    [InlineData("initial_gpus: 16000", "initial_gpus: 1e308", 5, "clusters.c1.initial_gpus", "a number of GPUs in [0, 1e12]; got 1e308")]
    [InlineData("initial_gpus: 16000", "initial_gpus: 16000, hardware: {peak_flops_doubling_years: 1e-300}", 5, "clusters.c1.hardware.peak_flops_doubling_years", "years in [0.1, 1000]; got 1e-300")]
    [InlineData("initial_gpus: 16000", "initial_gpus: 16000, hardware: {price_performance_doubling_years: 1e-300}", 5, "clusters.c1.hardware.price_performance_doubling_years", "years in [0.1, 1000]; got 1e-300")]
    [InlineData("{preset: public-web-text}", "{preset: public-web-text, new_tokens_per_year: 1e308}", 4, "sources.public-web-text.new_tokens_per_year", "a number of tokens per year in [0, 1e20]; got 1e308")]
    [InlineData("{preset: public-web-text}", "{preset: public-web-text, price_usd_per_token: 1e308}", 4, "sources.public-web-text.price_usd_per_token", "USD per token in [0, 1]; got 1e308")]
    [InlineData("{preset: public-web-text}", "{preset: public-web-text, price_usd_per_token: 1, quality: 1e-320}", 4, "sources.public-web-text.quality", "effective tokens per raw token in [1e-6, 1]; got 1e-320")]
    [InlineData("budget: {initial_usd_per_year: 5e9}", "budget: {growth_factor_per_year: 100}", 11, "labs.a.budget.growth_factor_per_year", "a factor per year in (0, 10]; got 100")]
    [InlineData("budget: {initial_usd_per_year: 5e9}", "budget: {energy_price_usd_per_kwh: 1e308}", 11, "labs.a.budget.energy_price_usd_per_kwh", "USD per kWh in [0, 10]; got 1e308")]
    [InlineData("budget: {initial_usd_per_year: 5e9}", "budget: {break_year: 1e308}", 11, "labs.a.budget.break_year", "a year in [1900, 2500]; got 1e308")]
    public void An_extreme_value_from_the_issue_is_out_of_range(string line, string replacement, int at, string path, string message)
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace(line, replacement));
        OneLabYaml.AssertAt(e, at, path, "must be " + message);
    }

    [Theory]
    [InlineData("a: 1e308", "world.loss_constants.a", "a finite number in [1, 1e6]; got 1e308")]
    [InlineData("alpha: 1e-300", "world.loss_constants.alpha", "a finite number in [0.05, 2]; got 1e-300")]
    [InlineData("beta: 1e300", "world.loss_constants.beta", "a finite number in [0.05, 2]; got 1e300")]
    [InlineData("irreducible_loss_nats: 1e308", "world.loss_constants.irreducible_loss_nats", "nats in [0, 20]; got 1e308")]
    public void Extreme_custom_loss_constants_are_out_of_range(string constant, string path, string message)
    {
        string constants = "{irreducible_loss_nats: 1.7, a: 400, b: 410, alpha: 0.34, beta: 0.28}";
        string key = constant[..constant.IndexOf(':')];
        string custom = System.Text.RegularExpressions.Regex.Replace(constants, $@"\b{key}: [^,}}]+", constant);
        string yaml = OneLabYaml.Sound.Replace("name: t", "name: t\nworld:\n  loss_constants: " + custom + "");
        // The first error: an E out of range is also the GPQA mapping's E, reported next at the mapping.
        var e = OneLabYaml.Errors(yaml)[0];
        OneLabYaml.AssertAt(e, 3, path, "must be " + message);
    }

    [Fact]
    public void A_doubling_of_algorithmic_progress_below_a_tenth_of_a_month_is_out_of_range()
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("name: t", "name: t\nworld: {algorithmic_progress: {doubling_months: 1e-300}}"));
        OneLabYaml.AssertAt(e, 2, "world.algorithmic_progress.doubling_months", "must be months in [0.1, .inf] (.inf for no progress); got 1e-300");
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios.All), MemberType = typeof(ShippedScenarios))]
    public void Every_shipped_scenario_is_inside_the_ranges(string name) => ShippedScenarios.Load(name);
}
