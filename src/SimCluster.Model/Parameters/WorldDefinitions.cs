using SimCluster.Model.Capability;
using SimCluster.Model.Scaling;
using SimCluster.Model.Scenarios;
using static SimCluster.Model.Parameters.Define;
using R = SimCluster.Model.Scenarios.ScenarioRanges;

namespace SimCluster.Model.Parameters;

/// <summary><c>world</c>: the loss law, algorithmic progress, synthetic data, RL, test time and the capability index.</summary>
internal static class WorldDefinitions
{
    private static readonly Lens<Simulation.WorldParameters> W = Lenses.World;
    private static readonly Lens<LossConstants> Loss = W.Then(w => w.Constants, (w, c) => w with { Constants = c });
    private static readonly Lens<Progress.AlgorithmicProgressParameters> Progress = W.Then(w => w.Progress, (w, p) => w with { Progress = p });
    private static readonly Lens<Synthetic.SyntheticDataParameters> Synthetic = W.Then(w => w.Synthetic, (w, p) => w with { Synthetic = p });
    private static readonly Lens<PostTraining.RlParameters> Rl = W.Then(w => w.Rl, (w, p) => w with { Rl = p });
    private static readonly Lens<PostTraining.TestTimeParameters> TestTime = W.Then(w => w.TestTime, (w, p) => w with { TestTime = p });
    private static readonly Lens<CapabilityIndex> Capability = W.Then(w => w.Capability, (w, c) => w with { Capability = c });
    private const string CapabilityFit = "fitted by simcluster calibrate --capability to Epoch AI's ECI table (65 non-reasoning models, 2023-2025.25; RMSE 6.0 ECI)";

    private const string LossLaw = "Besiroglu et al. 2024 (Chinchilla replication); hoffmann2022: Hoffmann et al. 2022";

    public static IEnumerable<Parameter> All() =>
    [
        Section("world.loss_constants", $"the loss law L = E + A/N^α + B/D^β: a built-in set by name ({string.Join(", ", LossConstants.BuiltIn.Select(c => c.Name))}) or a map", "besiroglu2024")
            with { Choices = [.. LossConstants.BuiltIn.Select(c => c.Name)] },
        Text("world.loss_constants.name", Loss, c => c.Name, "the set's name", "custom"),
        Number("world.loss_constants.irreducible_loss_nats", Loss, c => c.E, (c, v) => c with { E = v }, "E, the irreducible loss", "nats/token", R.LossNats, "1.8172", LossLaw, required: true),
        Number("world.loss_constants.a", Loss, c => c.A, (c, v) => c with { A = v }, "A, the parameter-term coefficient", "", R.LossCoefficient, "482.01", LossLaw, required: true),
        Number("world.loss_constants.b", Loss, c => c.B, (c, v) => c with { B = v }, "B, the data-term coefficient", "", R.LossCoefficient, "2085.43", LossLaw, required: true),
        Number("world.loss_constants.alpha", Loss, c => c.Alpha, (c, v) => c with { Alpha = v }, "α, the parameter exponent", "", R.LossExponent, "0.3478", LossLaw, required: true),
        Number("world.loss_constants.beta", Loss, c => c.Beta, (c, v) => c with { Beta = v }, "β, the data exponent", "", R.LossExponent, "0.3658", LossLaw, required: true),

        Section("world.algorithmic_progress", "compute efficiency m_c(t), 1 in 2024, doubling every T_a months then, its pace halving every h years; a share s of it makes tokens worth more"),
        Number("world.algorithmic_progress.doubling_months", Progress, p => p.DoublingMonths, (p, v) => p with { DoublingMonths = v },
            "T_a, the months in which algorithms halved the compute a loss needs, in 2024", "months", R.ProgressDoublingMonths, "8", "Ho et al. 2024 (95% CI 5-14)"),
        Number("world.algorithmic_progress.slowdown_half_life_years", Progress, p => p.SlowdownHalfLifeYears, (p, v) => p with { SlowdownHalfLifeYears = v },
            "h, the years in which the pace of algorithmic progress halves", "years", R.SlowdownHalfLife, "15", "assumption (no hard cap: progress slows smoothly)"),
        Number("world.algorithmic_progress.data_efficiency_share", Progress, p => p.DataEfficiencyShare, (p, v) => p with { DataEfficiencyShare = v },
            "s, the share of compute-efficiency progress (in log terms) that makes each token worth more", "fraction", R.DataEfficiencyShare, "0.25",
            "assumption (range 0-0.5; 0 counts physical tokens, as Epoch's exhaustion analysis does)"),

        Section("world.synthetic", "synthetic data: its cost, what it is worth, the collapse penalty and distillation"),
        Number("world.synthetic.verification_factor", Synthetic, p => p.VerificationFactor, (p, v) => p with { VerificationFactor = v },
            "k_v, FLOP multiple for sampling plus verification", "factor", R.VerificationFactor, "4", "assumption"),
        Number("world.synthetic.generator_fraction", Synthetic, p => p.GeneratorFraction, (p, v) => p with { GeneratorFraction = v },
            "the generator's size as a fraction of the lab's model (below 1: distilled)", "fraction", R.GeneratorFraction, "1", "assumption"),
        Number("world.synthetic.saturation_sigma", Synthetic, p => p.SaturationSigma, (p, v) => p with { SaturationSigma = v },
            "σ, the saturation scale of unverified tokens K = σ·I_gen, I_gen the generator's unique human and verified tokens", "factor", R.SaturationSigma, "1", "assumption; SynthLLM 2025 (gains plateau)"),
        Number("world.synthetic.quality", Synthetic, p => p.Quality, (p, v) => p with { Quality = v },
            "q_s, effective tokens per unverified synthetic token at saturation", "fraction", R.SyntheticQuality, "0.5", "assumption"),
        Number("world.synthetic.collapse_kappa", Synthetic, p => p.CollapseKappa, (p, v) => p with { CollapseKappa = v },
            "κ, loss added per fully synthetic generation as a fraction of the clean run's reducible loss L − E", "fraction per generation", R.CollapseKappa, "0.0572",
            "the seeds' perplexity rise 20 → 28 over five generations (ln 1.4/5 nats) over OPT-125m's reducible loss (ln 20 − 1.82 nats); Shumailov et al. 2024, Gerstgrasser et al. 2024"),
        Number("world.synthetic.verified_share", Synthetic, p => p.VerifiedShare, (p, v) => p with { VerifiedShare = v },
            "v, the share of generated tokens a checker verifies (they add information and risk no collapse)", "fraction", R.Share, "0.3", "assumption; Feng et al. 2024 (verification prevents collapse)"),
        Number("world.synthetic.verified_cap_tokens", Synthetic, p => p.VerifiedCapTokens, (p, v) => p with { VerifiedCapTokens = v },
            "V_max, the most unique information verified generation yields for one run", "tokens", R.VerifiedCapTokens, "3e13", "assumption: ~100 verifiable domains × SynthLLM 2025's plateau near 3e11 tokens"),
        Number("world.synthetic.distillation_fraction", Synthetic, p => p.DistillationFraction, (p, v) => p with { DistillationFraction = v },
            "f_d, the share of its teacher's lead a new base closes when trained on its lab's best model's tokens", "fraction", R.Share, "1.0",
            "fitted to DeepSeek-V3 → V3-0324 and Phi-4 (Epoch AI's ECI)"),
        Number("world.synthetic.distillation_tokens", Synthetic, p => p.DistillationTokens, (p, v) => p with { DistillationTokens = v },
            "T_d, the generated tokens at which distillation gives 63% of its effect", "tokens", R.DistillationTokens, "1e11", "assumption (Phi-4: ~4e11 synthetic tokens)"),

        Section("world.rl", "RL post-training in ECI points: ΔK = H·S(X_rl/(ρ·C_pre)), its headroom raised by simulated-environment compute"),
        Number("world.rl.arrival_year", Rl, p => p.ArrivalYear, (p, v) => p with { ArrivalYear = v },
            "t_rl, the year RL reasoning training (and test-time thinking) becomes available", "year", R.ArrivalYear, "2024.6",
            "o1-preview, released 2024-09-12 (2024.70) with its RL done: RL credited as spent starts ~5 weeks earlier (assumption)"),
        Number("world.rl.headroom_eci", Rl, p => p.HeadroomEci, (p, v) => p with { HeadroomEci = v },
            "H_0, the most RL on verifiable tasks adds", "ECI", R.RlHeadroom, "15", "assumption, above o1's +11.6 over GPT-4o (Epoch AI's ECI)"),
        Number("world.rl.midpoint_ratio", Rl, p => p.MidpointRatio, (p, v) => p with { MidpointRatio = v },
            "ρ, RL compute (at arrival efficiency) giving half the headroom, as a fraction of pretraining compute", "fraction", R.RlMidpointRatio, "0.46",
            "calibrated to DeepSeek-V3 → R1 (~6e23 FLOP of RL on a 3.4e24 base, +5.65 ECI)"),
        Number("world.rl.steepness", Rl, p => p.Steepness, (p, v) => p with { Steepness = v },
            "B, the sigmoid's steepness in log RL compute", "", R.RlSteepness, "1.6", "Khatri et al. 2025 (ScaleRL)"),
        Number("world.rl.efficiency_doubling_months", Rl, p => p.EfficiencyDoublingMonths, (p, v) => p with { EfficiencyDoublingMonths = v },
            "T_rl, the months in which RL recipes halved the RL compute a gain needs, at arrival (slows like algorithmic progress)", "months", R.RlDoublingMonths, "6", "assumption"),
        Number("world.rl.carry_over", Rl, p => p.CarryOver, (p, v) => p with { CarryOver = v },
            "r, the share of the RL stock's worth (relative to its base) a new base inherits", "fraction", R.Share, "0.8", "assumption"),
        Number("world.rl.environment_cost_multiple", Rl, p => p.EnvironmentCostMultiple, (p, v) => p with { EnvironmentCostMultiple = v },
            "c_env, extra compute per rollout FLOP in simulated environments", "factor", R.EnvironmentCost, "10", "seed documents: experience at 10-100x the compute of passive data"),
        Number("world.rl.simulation_headroom_per_decade", Rl, p => p.SimulationHeadroomPerDecade, (p, v) => p with { SimulationHeadroomPerDecade = v },
            "h_sim, RL headroom added per 10x cumulative simulated-environment compute", "ECI per 10x", R.SimulationHeadroom, "3", "assumption (the seeds' hypothesis: experience replaces data)"),
        Number("world.rl.simulation_reference_flop", Rl, p => p.SimulationReferenceFlop, (p, v) => p with { SimulationReferenceFlop = v },
            "X_0, the environment compute of the first 10x of headroom", "FLOP", R.SimulationReferenceFlop, "1e24", "assumption (a 2025 frontier model's RL compute)"),

        Section("world.test_time", "test-time compute: thinking longer for a higher capability, charged to inference"),
        Number("world.test_time.thinking_multiplier", TestTime, p => p.ThinkingMultiplier, (p, v) => p with { ThinkingMultiplier = v },
            "τ, thinking tokens per answer token (1 = off)", "factor", R.ThinkingMultiplier, "1", "assumption (off: serving demand is not modelled)"),
        Number("world.test_time.eci_per_decade", TestTime, p => p.EciPerDecade, (p, v) => p with { EciPerDecade = v },
            "γ_K, capability added per 10x thinking tokens", "ECI per 10x", R.TestTimeEciPerDecade, "1.69", "fitted to Claude 3.7 Sonnet without thinking, at 16K and at 64K (Epoch AI's ECI)"),

        Section("world.capability", "the capability index on the ECI scale, K_pre = a_K + b_K·log10(C_eq), read off each model's loss"),
        Number("world.capability.intercept_eci", Capability, c => c.Intercept, (c, v) => c with { Intercept = v },
            "a_K, the index at a Chinchilla-equivalent compute of 1 FLOP", "ECI", R.CapabilityIntercept, "-123.503", CapabilityFit),
        Number("world.capability.eci_per_decade", Capability, c => c.SlopePerDecade, (c, v) => c with { SlopePerDecade = v },
            "b_K, index points per 10x Chinchilla-equivalent compute", "ECI per 10x", R.CapabilitySlope, "9.959", CapabilityFit),
    ];

}
