namespace SimCluster.Reports;

/// <summary>Where the model's main constants come from (docs/model.md), for the report's parameter section.</summary>
public static class ParameterSources
{
    /// <summary>(parameter, default, source).</summary>
    public static IReadOnlyList<(string Parameter, string Default, string Source)> All { get; } =
    [
        ("world.loss_constants", "besiroglu2024: E 1.8172, A 482.01, B 2085.43, α 0.3478, β 0.3658", "Besiroglu et al. 2024, Chinchilla scaling: a replication attempt"),
        ("world.gpqa_mapping", "loss gap logistic, s 1.935, ℓ_mid 0.04925", "fitted to data/gpqa-calibration.csv with Epoch's +12 points per 10x compute (simcluster calibrate)"),
        ("world.algorithmic_progress.doubling_months", "8", "Ho et al. 2024, Algorithmic progress in language models (95% CI 5-14)"),
        ("world.synthetic.collapse_kappa_nats_per_generation", "0.0673", "calibrated to the seeds' perplexity rise 20 → 28 over five synthetic generations; Shumailov et al. 2024, Gerstgrasser et al. 2024"),
        ("world.rl (headroom 0.75, midpoint 0.23, steepness 1.6)", "ScaleRL sigmoid", "Khatri et al. 2025; calibrated to DeepSeek-R1 and Grok 4"),
        ("sources: public-web-text", "3e14 tokens, +8%/yr", "Villalobos et al. 2024, Will we run out of data? (90% CI 100T-1000T)"),
        ("sources: licensed-archives", "5e13 tokens, exclusive, USD 1e-6/token", "assumption"),
        ("clusters: hardware", "1e15 FLOP/s, USD 30,000, 1 kW per GPU in 2024; MFU 0.4; 4-year life", "seed documents; Epoch ML hardware trends; Hobbhahn & Besiroglu 2022"),
        ("labs: budget", "USD 5e9/yr, 2x/yr to 2030 then 1.3x/yr, USD 0.08/kWh", "assumption; Epoch: frontier training cost 2-3x/yr"),
    ];
}
