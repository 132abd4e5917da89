using static SimCluster.Scenarios.Tests.Distributions.DistributionYaml;

namespace SimCluster.Scenarios.Tests.Distributions;

/// <summary>
/// One test per way a distribution can be wrong: each checks the line (and, for problems of the whole
/// distribution, the column of the map), the field path and that the message names what is allowed.
/// </summary>
public sealed class DistributionBadInputTests
{
    private const string Stock = "sources.public-web-text.initial_stock_tokens";
    private const int StockLine = 9, MapColumn = 27; // "    initial_stock_tokens: {" : the map starts at column 27

    private static void AssertOnMap(string map, params string[] fragments)
    {
        var e = Single(WithStock(map));
        AssertAt(e, StockLine, Stock, fragments);
        Assert.Equal(MapColumn, e.Column);
    }

    [Fact]
    public void Unknown_kind_lists_the_kinds_and_suggests_the_closest()
    {
        var e = Single(WithStock("{distribution: log-normal, median: 3e14, p90: 1e15}"));
        AssertAt(e, StockLine, $"{Stock}.distribution", "unknown distribution 'log-normal'", "did you mean 'lognormal'?", "allowed: normal, lognormal, uniform, triangular");
    }

    [Fact]
    public void A_kind_that_is_not_a_name_is_a_type_error()
    {
        var e = Single(WithStock("{distribution: [normal], mean: 3e14, sd: 1e14}"));
        AssertAt(e, StockLine, $"{Stock}.distribution", "expected a name", "got a list");
    }

    [Fact]
    public void A_map_without_a_kind_where_a_number_may_vary_asks_for_the_kind()
    {
        var e = Single(WithStock("{mean: 3e14, sd: 1e14}"));
        AssertAt(e, StockLine, $"{Stock}.distribution", "required field 'distribution' is missing", "normal, lognormal, uniform, triangular");
    }

    [Fact]
    public void Missing_parameter_names_it_and_what_the_kind_takes()
    {
        var e = Single(WithStock("{distribution: normal, mean: 3e14}"));
        AssertAt(e, StockLine, $"{Stock}.sd", "required field 'sd' is missing", "standard deviation", "normal takes mean, sd, and optional min, max");
    }

    [Fact]
    public void Unknown_key_is_located_at_the_key_and_suggests_the_closest()
    {
        var errors = Errors(WithStock("\n      distribution: normal\n      mean: 3e14\n      std: 1e14"));
        Assert.Equal(2, errors.Count);
        AssertAt(errors[0], StockLine + 1, $"{Stock}.sd", "required field 'sd' is missing");
        AssertAt(errors[1], StockLine + 3, $"{Stock}.std", "unknown key 'std'", "did you mean 'sd'?", "allowed: distribution, mean, sd, min, max");
        Assert.Equal(7, errors[1].Column);
    }

    [Fact]
    public void A_parameter_that_is_not_a_number_is_a_type_error()
    {
        var e = Single(WithStock("{distribution: uniform, lower: low, upper: 5e14}"));
        AssertAt(e, StockLine, $"{Stock}.lower", "expected a number", "got 'low'");
    }

    [Fact]
    public void A_distribution_inside_a_distribution_is_a_type_error()
    {
        var e = Single(WithStock("{distribution: normal, mean: {distribution: uniform, lower: 1, upper: 2}, sd: 1e14}"));
        AssertAt(e, StockLine, $"{Stock}.mean", "expected a number", "got a map");
    }

    [Fact]
    public void Sd_not_positive_is_refused_at_the_map() =>
        AssertOnMap("{distribution: normal, mean: 3e14, sd: 0}", "normal: sd must be finite and > 0; got 0");

    [Fact]
    public void Min_not_below_max_is_refused_at_the_map() =>
        AssertOnMap("{distribution: normal, mean: 3e14, sd: 1e14, min: 5e14, max: 2e14}", "normal: min must be < max");

    [Fact]
    public void Bounds_leaving_no_mass_are_refused_at_the_map() =>
        AssertOnMap("{distribution: uniform, lower: 1e14, upper: 2e14, min: 3e14, max: 4e14}", "uniform: bounds", "leave no probability mass");

    [Fact]
    public void Lower_not_below_upper_is_refused_at_the_map() =>
        AssertOnMap("{distribution: uniform, lower: 5e14, upper: 1e14}", "uniform: lower must be < upper");

    [Fact]
    public void Mode_outside_lower_upper_is_refused_at_the_map() =>
        AssertOnMap("{distribution: triangular, lower: 1e14, mode: 9e14, upper: 5e14}", "triangular: mode must be in [lower, upper]");

    [Fact]
    public void P90_not_above_median_is_refused_at_the_map() =>
        AssertOnMap("{distribution: lognormal, median: 3e14, p90: 1e14}", "lognormal: p90 must be finite and > median (300000000000000); got 100000000000000");

    [Fact]
    public void Median_not_positive_is_refused_at_the_map() =>
        AssertOnMap("{distribution: lognormal, median: 0, p90: 1e14}", "lognormal: median must be finite and > 0; got 0");

    [Fact]
    public void Sigma_not_positive_is_refused_at_the_map() =>
        AssertOnMap("{distribution: lognormal, mu: 33, sigma: -1}", "lognormal: sigma must be finite and > 0; got -1");

    [Fact]
    public void Lognormal_takes_median_and_p90_median_and_sigma_or_mu_and_sigma_not_another_mix() =>
        AssertOnMap("{distribution: lognormal, median: 3e14, p90: 1e15, sigma: 1}", "give median and p90, median and sigma, or mu and sigma; not another mix");

    [Fact]
    public void Lognormal_by_median_and_sigma_refuses_a_nonpositive_median() =>
        AssertOnMap("{distribution: lognormal, median: -1, sigma: 0.5}", "lognormal: median must be finite and > 0; got -1");

    [Fact]
    public void A_distribution_on_the_seed_is_refused_with_the_fields_that_can_vary()
    {
        var e = Single(Sound.Replace("seed: 7", "seed: {distribution: uniform, lower: 1, upper: 9}"));
        AssertAt(e, 3, "seed", "is not a parameter a sweep can vary", "cannot be a distribution", "seed", "fields that can vary:",
            "sources.<source>: initial_stock_tokens, growth_fraction_per_year", "labs.<lab>.budget: initial_usd_per_year");
    }

    [Fact]
    public void A_distribution_on_start_year_is_refused()
    {
        var e = Single(Sound.Replace("end_year: 2030", "end_year: 2030\nstart_year: {distribution: uniform, lower: 2024, upper: 2025}"));
        AssertAt(e, 3, "start_year", "is not a parameter a sweep can vary", "years", "world.algorithmic_progress: doubling_months, slowdown_half_life_years, data_efficiency_share");
    }

    [Fact]
    public void A_distribution_on_a_share_is_refused()
    {
        var e = Single(Sound.Replace("strategy: balanced", "strategy:\n      preset: balanced\n      shares: {pretrain: {distribution: uniform, lower: 0.5, upper: 0.6}, synthetic: 0.1, rl: 0.25, inference: 0.1}"));
        AssertAt(e, 18, "labs.a.strategy.shares.pretrain", "is not a parameter a sweep can vary", "compute shares", "labs.<lab>.strategy: environment_share, training_run_months");
    }

    [Fact]
    public void A_distribution_on_a_fixed_field_among_variable_ones_is_refused()
    {
        var e = Single(WithStock("3e14\n    first_year: {distribution: uniform, lower: 2024, upper: 2030}"));
        AssertAt(e, StockLine + 1, "sources.public-web-text.first_year", "is not a parameter a sweep can vary", "sources.<source>: initial_stock_tokens");
    }

    [Fact]
    public void A_median_out_of_range_is_located_at_its_field_and_called_the_median()
    {
        var e = Single(Sound.Replace("growth_factor_per_year: 2", "growth_factor_per_year: {distribution: uniform, lower: 150, upper: 200}"));
        AssertAt(e, 17, "labs.a.budget.growth_factor_per_year", "must be a factor per year in (0, 10]; got 175", "(the median of the distribution written here)");
    }

    [Fact]
    public void A_stock_whose_median_is_negative_is_located_at_the_stock_line()
    {
        var e = Single(WithStock("\n      distribution: uniform\n      lower: -5e14\n      upper: -1e14"));
        AssertAt(e, StockLine, Stock, "must be a number of tokens in [0, 1e20]; got -3", "median");
        Assert.Equal(5, e.Column);
    }

    [Fact]
    public void Draws_out_of_range_are_refused_with_the_advice_to_bound_them()
    {
        string unbounded = WithStock("3e14").Replace("initial_gpus: 16000", "initial_gpus: {distribution: normal, mean: 16000, sd: 4000}");
        var e = Single(unbounded);
        AssertAt(e, 11, "clusters.c1.initial_gpus", "its lowest draws are out of range", "must be a number of GPUs in [0, 1e12]; got -", "bound it with min and max");
        Load(unbounded.Replace("sd: 4000}", "sd: 4000, min: 0}"));
    }

    [Fact]
    public void Draws_of_a_run_length_below_the_step_are_located_under_the_strategy()
    {
        var e = Single(Sound.Replace("strategy: balanced", "strategy:\n      preset: balanced\n      training_run_months: {distribution: uniform, lower: 0.5, upper: 12}"));
        AssertAt(e, 18, "labs.a.strategy.training_run_months", "its lowest draws are out of range", "months in [step_months (1), 120]");
    }
}
