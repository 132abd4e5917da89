namespace SimCluster.Cli.Playground;

/// <summary>
/// The key parameters the playground puts on sliders, grouped as the scenario file groups them. Chosen as the levers the
/// model's findings turn on (docs/model.md): the pace of algorithmic progress, the human-data stock, synthetic data and
/// its collapse, RL and environments, test-time reasoning, how fast clusters can grow, money, and each lab's strategy.
/// Any other parameter can still be given as <c>set=KEY=VALUE</c> in the address.
/// </summary>
public static class ControlCatalog
{
    /// <summary>The groups, in page order.</summary>
    public static IReadOnlyList<(string Title, IReadOnlyList<ControlSpec> Controls)> Groups { get; } =
    [
        ("World: progress and capability", [
            new("world.algorithmic_progress.doubling_months", "Algorithmic progress: doubling time",
                "Months for algorithms to halve the compute a given loss needs; shorter means faster progress.", 3, 24),
            new("world.algorithmic_progress.slowdown_half_life_years", "Slowdown of algorithmic progress",
                "Years for the pace of algorithmic progress to halve; longer means it keeps its pace.", 3, 100, Log: true),
            new("world.algorithmic_progress.data_efficiency_share", "Share of progress that saves data",
                "How much of algorithmic progress lets a model learn more per token rather than per FLOP; more pushes the data wall back.", 0, 1),
            new("world.test_time.thinking_multiplier", "Test-time thinking multiplier",
                "Thinking tokens per answer token at serving time (1 = off): more reasoning adds capability but serves fewer answers.", 1, 1000, Log: true),
        ]),
        ("World: synthetic data and RL", [
            new("world.synthetic.collapse_kappa", "Model-collapse penalty",
                "Loss a model suffers per generation of training on its own output; 0 means synthetic data never degrades a model.", 0, 0.3),
            new("world.synthetic.quality", "Synthetic data quality",
                "How much a synthetic token is worth against a human one.", 0.05, 1),
            new("world.synthetic.verified_share", "Verified share of synthetic data",
                "Share of synthetic data checked by a verifier (proofs, tests), which does not collapse.", 0, 1),
            new("world.rl.headroom_eci", "RL headroom",
                "The most capability (ECI points) RL post-training can add to a base model.", 0, 60),
            new("world.rl.environment_cost_multiple", "Cost of simulated environments",
                "Compute spent building environments per unit of RL compute; cheaper environments make simulation-heavy strategies pay sooner.", 0.1, 1000, Log: true),
            new("world.rl.simulation_headroom_per_decade", "Headroom from simulation",
                "ECI points of extra RL headroom per 10x of compute spent on environments.", 0, 10),
        ]),
        ("Human data", [
            new("sources.<source>.initial_stock_tokens", "Stock of human text in 2024",
                "Unique tokens of this source at the start; the data wall comes when labs' runs want more than they can reach.", 1e12, 1e16, Log: true),
            new("sources.<source>.growth_fraction_per_year", "Growth of the stock",
                "Yearly growth of this source's stock (the web grows about 8% a year).", 0, 0.3),
        ]),
        ("Clusters", [
            new("clusters.<cluster>.build_rate_per_year", "Build rate",
                "Most a cluster's installed power can grow in a year (factor); real clusters have grown about 2x a year.", 1, 6),
            new("clusters.<cluster>.power_cap_mw", "Site power cap",
                "The most power the site can ever draw; growth stops there.", 10, 1e5, Log: true),
        ]),
        ("Labs", [
            new("labs.<lab>.strategy.preset", "Strategy",
                "How the lab splits its compute between pretraining, synthetic data, RL and environments, and serving."),
            new("labs.<lab>.budget.initial_usd_per_year", "Budget in the first year",
                "Yearly compute budget at the start, in USD.", 1e8, 1e12, Log: true),
            new("labs.<lab>.budget.growth_factor_per_year", "Budget growth",
                "Factor by which the budget grows each year until the break year.", 1, 4),
            new("labs.<lab>.budget.growth_factor_per_year_after_break", "Budget growth after the break",
                "Yearly budget growth after the break year.", 0.9, 1.5),
        ]),
    ];
}
