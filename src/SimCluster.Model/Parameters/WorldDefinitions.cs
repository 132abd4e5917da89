using SimCluster.Model.Capability;
using SimCluster.Model.Scaling;
using SimCluster.Model.Scenarios;
using static SimCluster.Model.Parameters.Define;
using R = SimCluster.Model.Scenarios.ScenarioRanges;

namespace SimCluster.Model.Parameters;

/// <summary><c>world</c>: the loss law, the GPQA mapping, algorithmic progress, synthetic data, RL and test time.</summary>
internal static class WorldDefinitions
{
    private static readonly Lens<Simulation.WorldParameters> W = Lenses.World;
    private static readonly Lens<LossConstants> Loss = W.Then(w => w.Constants, (w, c) => w with { Constants = c });
    private static readonly Lens<IGpqaMapping> Mapping = W.Then(w => w.Mapping, (w, m) => w with { Mapping = m });
    private static readonly Lens<Progress.AlgorithmicProgressParameters> Progress = W.Then(w => w.Progress, (w, p) => w with { Progress = p });
    private static readonly Lens<Synthetic.SyntheticDataParameters> Synthetic = W.Then(w => w.Synthetic, (w, p) => w with { Synthetic = p });
    private static readonly Lens<PostTraining.RlParameters> Rl = W.Then(w => w.Rl, (w, p) => w with { Rl = p });
    private static readonly Lens<PostTraining.TestTimeParameters> TestTime = W.Then(w => w.TestTime, (w, p) => w with { TestTime = p });
    private static readonly Lens<CapabilityIndex> Capability = W.Then(w => w.Capability, (w, c) => w with { Capability = c });
    private const string CapabilityFit = "fitted by simcluster calibrate --capability to Epoch AI's ECI table (65 non-reasoning models, 2023-2025.25; RMSE 6.0 ECI)";

    private const string LossLaw = "Besiroglu et al. 2024 (Chinchilla replication); hoffmann2022: Hoffmann et al. 2022";
    private const string Calibrated = "fitted by simcluster calibrate to data/gpqa-calibration.csv with Epoch AI's +12 GPQA points per 10x compute";

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

        Section("world.gpqa_mapping", "loss to GPQA Diamond: form loss_gap (a logistic in ln(L − E)) or plain_loss (a logistic in L)", "the calibrated loss_gap mapping of the loss constants"),
        Text("world.gpqa_mapping.form", Mapping, m => m is PlainLossGpqaMapping ? Vocabulary.PlainLossForm : Vocabulary.LossGapForm,
            "which mapping", Vocabulary.LossGapForm, choices: [.. Vocabulary.MappingForms.Keys]) with { Variants = Forms },
        Gap("steepness", g => g.Steepness, (g, v) => g with { Steepness = v }, "s, the steepness per unit of ln(L − E)", "", R.MappingSteepness, "1.935", Calibrated),
        Gap("midpoint_gap_nats", g => g.MidpointGap, (g, v) => g with { MidpointGap = v }, "ℓ_mid, the reducible loss L − E at the midpoint score", "nats", R.MidpointGapNats, "0.04925", Calibrated),
        Gap("irreducible_loss_nats", g => g.IrreducibleLoss, (g, v) => g with { IrreducibleLoss = v }, "the E the gap is measured from", "nats/token", R.LossNats,
            "the loss constants' E", "the loss law", variable: false),
        Gap("floor_percent", g => g.Floor, (g, v) => g with { Floor = v }, "the score of random guessing among four answers", "%", R.Percent, "25", "Rein et al. 2023 (GPQA: four choices)", variable: false),
        Plain("slope_per_nat", p => p.Slope, (p, v) => p with { Slope = v }, "g, the logistic slope per nat of loss", "1/nat", R.MappingSteepness, "required", "the seed documents' form", required: true),
        Plain("midpoint_loss_nats", p => p.MidpointLoss, (p, v) => p with { MidpointLoss = v }, "L0, the loss at a 50% score", "nats/token", R.MidpointLossNats, "required", "the seed documents' form", required: true),
        new Parameter
        {
            Key = "world.gpqa_mapping.ceiling_percent", Kind = ParameterKind.Number, Description = "the highest score the mapping reaches", Unit = "%",
            Range = R.CeilingPercent, Default = "100", Source = "assumption", Variants = Forms,
            Get = (s, _) => s.World.Mapping switch { LossGapGpqaMapping g => g.Ceiling, PlainLossGpqaMapping p => p.Ceiling, _ => null },
            Set = (s, e, v) => Mapping.Update(s, e, m => m switch { LossGapGpqaMapping g => g with { Ceiling = v }, PlainLossGpqaMapping p => p with { Ceiling = v }, _ => m }),
        },

        Section("world.algorithmic_progress", "effective compute per physical FLOP m(t) = min(m_max, 2^((t − t0)/T_a))"),
        Number("world.algorithmic_progress.doubling_months", Progress, p => p.DoublingMonths, (p, v) => p with { DoublingMonths = v },
            "T_a, the months in which algorithms halve the compute a loss needs", "months", R.ProgressDoublingMonths, "8", "Ho et al. 2024 (95% CI 5-14)"),
        Number("world.algorithmic_progress.max_multiplier", Progress, p => p.MaxMultiplier, (p, v) => p with { MaxMultiplier = v },
            "m_max, where algorithmic progress stops", "factor", R.ProgressMaxMultiplier, "1e3", "assumption"),

        Section("world.synthetic", "synthetic data: its cost, its saturation and the collapse penalty"),
        Number("world.synthetic.verification_factor", Synthetic, p => p.VerificationFactor, (p, v) => p with { VerificationFactor = v },
            "k_v, FLOP multiple for sampling plus verification", "factor", R.VerificationFactor, "4", "assumption"),
        Number("world.synthetic.generator_fraction", Synthetic, p => p.GeneratorFraction, (p, v) => p with { GeneratorFraction = v },
            "the generator's size as a fraction of the lab's model (below 1: distilled)", "fraction", R.GeneratorFraction, "1", "assumption"),
        Number("world.synthetic.saturation_sigma", Synthetic, p => p.SaturationSigma, (p, v) => p with { SaturationSigma = v },
            "σ, the saturation scale K = σ·D_gen'", "factor", R.SaturationSigma, "1", "assumption; SynthLLM 2025 (gains plateau)"),
        Number("world.synthetic.quality", Synthetic, p => p.Quality, (p, v) => p with { Quality = v },
            "q_s, effective tokens per synthetic token at saturation", "fraction", R.SyntheticQuality, "0.5", "assumption"),
        Number("world.synthetic.collapse_kappa_nats_per_generation", Synthetic, p => p.CollapseKappa, (p, v) => p with { CollapseKappa = v },
            "κ, the loss penalty per fully synthetic generation", "nats/generation", R.CollapseKappa, "0.0673",
            "ln(28/20)/5: the seeds' perplexity rise 20 → 28 over five generations; Shumailov et al. 2024, Gerstgrasser et al. 2024"),

        Section("world.rl", "RL post-training: the ScaleRL sigmoid in RL compute relative to pretraining compute"),
        Number("world.rl.headroom_fraction", Rl, p => p.Headroom, (p, v) => p with { Headroom = v },
            "H, the share of the remaining GPQA headroom RL can capture", "fraction", R.RlHeadroom, "0.75", "Khatri et al. 2025 (ScaleRL); calibrated to DeepSeek-R1 and Grok 4"),
        Number("world.rl.midpoint_ratio", Rl, p => p.MidpointRatio, (p, v) => p with { MidpointRatio = v },
            "ρ, RL compute at half the effect, as a fraction of pretraining compute", "fraction", R.RlMidpointRatio, "0.23", "calibrated to DeepSeek-R1 (~6e23 FLOP of RL on a 3.4e24 base)"),
        Number("world.rl.steepness", Rl, p => p.Steepness, (p, v) => p with { Steepness = v },
            "B, the sigmoid's steepness", "", R.RlSteepness, "1.6", "Khatri et al. 2025 (ScaleRL)"),
        Number("world.rl.environment_cost_multiple", Rl, p => p.EnvironmentCostMultiple, (p, v) => p with { EnvironmentCostMultiple = v },
            "c_env, extra compute per RL FLOP for simulated environments", "factor", R.EnvironmentCost, "0", "seed documents: 10-100 for world simulation, 0 for verifiable math and code"),

        Section("world.test_time", "test-time compute: longer reasoning for a higher score"),
        Number("world.test_time.thinking_multiplier", TestTime, p => p.ThinkingMultiplier, (p, v) => p with { ThinkingMultiplier = v },
            "τ, the thinking-token multiplier (1 = off)", "factor", R.ThinkingMultiplier, "1", "assumption"),
        Number("world.test_time.points_per_decade", TestTime, p => p.PointsPerDecade, (p, v) => p with { PointsPerDecade = v },
            "γ, GPQA points per 10x thinking tokens", "points", R.PointsPerDecade, "5", "assumption; Snell et al. 2024"),

        Section("world.capability", "the capability index on the ECI scale, K_pre = a_K + b_K·log10(C_eq), read off each model's loss (reported; not yet driving the labs)"),
        Number("world.capability.intercept_eci", Capability, c => c.Intercept, (c, v) => c with { Intercept = v },
            "a_K, the index at a Chinchilla-equivalent compute of 1 FLOP", "ECI", R.CapabilityIntercept, "-123.247", CapabilityFit),
        Number("world.capability.eci_per_decade", Capability, c => c.SlopePerDecade, (c, v) => c with { SlopePerDecade = v },
            "b_K, index points per 10x Chinchilla-equivalent compute", "ECI per 10x", R.CapabilitySlope, "9.9465", CapabilityFit),
    ];

    private static readonly IReadOnlyList<string> Forms = [Vocabulary.LossGapForm, Vocabulary.PlainLossForm];

    private static Parameter Gap(string name, Func<LossGapGpqaMapping, double> get, Func<LossGapGpqaMapping, double, LossGapGpqaMapping> set,
        string description, string unit, ValueRange range, string @default, string source, bool variable = true) =>
        Number($"world.gpqa_mapping.{name}", Mapping, m => get((LossGapGpqaMapping)m), (m, v) => set((LossGapGpqaMapping)m, v), description, unit, range, @default, source, variable)
        with { Variants = [Vocabulary.LossGapForm], Applies = (s, _) => s.World.Mapping is LossGapGpqaMapping };

    private static Parameter Plain(string name, Func<PlainLossGpqaMapping, double> get, Func<PlainLossGpqaMapping, double, PlainLossGpqaMapping> set,
        string description, string unit, ValueRange range, string @default, string source, bool required = false) =>
        Number($"world.gpqa_mapping.{name}", Mapping, m => get((PlainLossGpqaMapping)m), (m, v) => set((PlainLossGpqaMapping)m, v), description, unit, range, @default, source, required: required)
        with { Variants = [Vocabulary.PlainLossForm], Applies = (s, _) => s.World.Mapping is PlainLossGpqaMapping };
}
