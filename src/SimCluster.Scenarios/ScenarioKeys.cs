namespace SimCluster.Scenarios;

/// <summary>
/// The keys the scenario format accepts at each level of a file, in the order the writer emits them. The loader
/// refuses any other key, and a test checks that <c>scenarios/schema.json</c> (whose <c>$defs</c> use the same
/// level names) lists exactly these, so the format, its schema and its loader cannot drift apart. Keys whose
/// value the <see cref="SimCluster.Model.Scenarios.ScenarioValidator"/> checks are named as in its issue paths.
/// </summary>
public static class ScenarioKeys
{
    /// <summary>The top level of a file.</summary>
    public static IReadOnlyList<string> Scenario { get; } =
        ["name", "description", "start_year", "end_year", "step_months", "seed", "world", "sources", "clusters", "labs"];

    /// <summary><c>world</c>: the shared model constants.</summary>
    public static IReadOnlyList<string> World { get; } =
        ["loss_constants", "gpqa_mapping", "algorithmic_progress", "synthetic", "rl", "test_time"];

    /// <summary><c>world.loss_constants</c> written as a map (a custom set).</summary>
    public static IReadOnlyList<string> LossConstants { get; } = ["name", "irreducible_loss_nats", "a", "b", "alpha", "beta"];

    /// <summary><c>world.gpqa_mapping</c> of form <c>loss_gap</c> (the design's mapping, DESIGN 3.10).</summary>
    public static IReadOnlyList<string> LossGapMapping { get; } =
        ["form", "steepness", "midpoint_gap_nats", "irreducible_loss_nats", "floor_percent", "ceiling_percent"];

    /// <summary><c>world.gpqa_mapping</c> of form <c>plain_loss</c> (the seed documents' mapping).</summary>
    public static IReadOnlyList<string> PlainLossMapping { get; } = ["form", "slope_per_nat", "midpoint_loss_nats", "ceiling_percent"];

    /// <summary><c>world.algorithmic_progress</c> (DESIGN 3.3).</summary>
    public static IReadOnlyList<string> AlgorithmicProgress { get; } = ["doubling_months", "max_multiplier"];

    /// <summary><c>world.synthetic</c> (DESIGN 3.7).</summary>
    public static IReadOnlyList<string> Synthetic { get; } =
        ["verification_factor", "generator_fraction", "saturation_sigma", "quality", "collapse_kappa_nats_per_generation"];

    /// <summary><c>world.rl</c> (DESIGN 3.8).</summary>
    public static IReadOnlyList<string> Rl { get; } = ["headroom_fraction", "midpoint_ratio", "steepness", "environment_cost_multiple"];

    /// <summary><c>world.test_time</c> (DESIGN 3.9).</summary>
    public static IReadOnlyList<string> TestTime { get; } = ["thinking_multiplier", "points_per_decade"];

    /// <summary>An item of <c>sources</c> (DESIGN 3.4).</summary>
    public static IReadOnlyList<string> Source { get; } =
        ["preset", "name", "initial_stock_tokens", "growth_fraction_per_year", "new_tokens_per_year", "quality", "rivalry", "price_usd_per_token", "first_year"];

    /// <summary>An item of <c>clusters</c> (DESIGN 3.1).</summary>
    public static IReadOnlyList<string> Cluster { get; } = ["name", "initial_gpus", "power_cap_mw", "hardware"];

    /// <summary><c>clusters[i].hardware</c> (DESIGN 3.1).</summary>
    public static IReadOnlyList<string> Hardware { get; } =
    [
        "peak_flops_per_gpu", "peak_flops_doubling_years", "price_performance_doubling_years", "gpu_price_usd",
        "efficiency_doubling_years", "power_per_gpu_kw", "mfu", "pue", "retirement_years",
    ];

    /// <summary>An item of <c>labs</c>.</summary>
    public static IReadOnlyList<string> Lab { get; } = ["name", "cluster", "sources", "strategy", "budget", "initial_params", "initial_tokens"];

    /// <summary><c>labs[i].strategy</c> written as a map (DESIGN 3.11).</summary>
    public static IReadOnlyList<string> Strategy { get; } =
        ["preset", "name", "shares", "allocation", "synthetic_mode", "training_run_months", "shares_when_data_short"];

    /// <summary><c>labs[i].strategy.shares</c> and <c>shares_when_data_short</c>.</summary>
    public static IReadOnlyList<string> Shares { get; } = ["pretrain", "synthetic", "rl", "inference"];

    /// <summary><c>labs[i].budget</c> (DESIGN 3.2).</summary>
    public static IReadOnlyList<string> Budget { get; } =
        ["initial_usd_per_year", "growth_factor_per_year", "growth_factor_per_year_after_break", "break_year", "energy_price_usd_per_kwh"];

    /// <summary>A <c>normal</c> distribution on a variable number: mean and standard deviation.</summary>
    public static IReadOnlyList<string> NormalDistribution { get; } = ["distribution", "mean", "sd", "min", "max"];

    /// <summary>A <c>lognormal</c> distribution: median and 90th percentile, or mu and sigma of ln X.</summary>
    public static IReadOnlyList<string> LogNormalDistribution { get; } = ["distribution", "median", "p90", "mu", "sigma", "min", "max"];

    /// <summary>A <c>uniform</c> distribution on [lower, upper].</summary>
    public static IReadOnlyList<string> UniformDistribution { get; } = ["distribution", "lower", "upper", "min", "max"];

    /// <summary>A <c>triangular</c> distribution: lower, mode, upper.</summary>
    public static IReadOnlyList<string> TriangularDistribution { get; } = ["distribution", "lower", "mode", "upper", "min", "max"];

    /// <summary>The distribution maps by the value of their <c>distribution</c> key, in the order messages list them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DistributionsByKind { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["normal"] = NormalDistribution,
        ["lognormal"] = LogNormalDistribution,
        ["uniform"] = UniformDistribution,
        ["triangular"] = TriangularDistribution,
    };

    /// <summary>Every level by the name the schema's <c>$defs</c> give it (<c>scenario</c> is the schema's root).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByLevel { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["scenario"] = Scenario,
        ["world"] = World,
        ["loss_constants"] = LossConstants,
        ["loss_gap_mapping"] = LossGapMapping,
        ["plain_loss_mapping"] = PlainLossMapping,
        ["algorithmic_progress"] = AlgorithmicProgress,
        ["synthetic"] = Synthetic,
        ["rl"] = Rl,
        ["test_time"] = TestTime,
        ["source"] = Source,
        ["cluster"] = Cluster,
        ["hardware"] = Hardware,
        ["lab"] = Lab,
        ["strategy"] = Strategy,
        ["shares"] = Shares,
        ["budget"] = Budget,
        ["normal_distribution"] = NormalDistribution,
        ["lognormal_distribution"] = LogNormalDistribution,
        ["uniform_distribution"] = UniformDistribution,
        ["triangular_distribution"] = TriangularDistribution,
    };
}
