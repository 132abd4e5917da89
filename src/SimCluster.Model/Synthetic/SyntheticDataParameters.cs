namespace SimCluster.Model.Synthetic;

/// <summary>Synthetic data, model collapse and distillation (docs/model.md §9). The collapse mode is a lab's choice (<see cref="Strategy.LabStrategy.SyntheticMode"/>).</summary>
/// <param name="VerificationFactor">k_v: FLOP multiple for sampling plus verification and filtering: 4 (assumption).</param>
/// <param name="GeneratorFraction">Generator size as a fraction of the lab's current model (1 = the model itself, &lt;1 = distilled).</param>
/// <param name="SaturationSigma">σ: saturation scale of unverified tokens K = σ·I_gen, I_gen the generator's unique human and verified tokens: 1 (assumption; SynthLLM 2025 plateaus).</param>
/// <param name="Quality">q_s: effective tokens per unverified synthetic token at saturation: 0.5 (assumption).</param>
/// <param name="CollapseKappa">κ_rel: loss added per fully synthetic generation, as a fraction of the clean model's reducible loss L − E: 0.0572 (the seeds' perplexity rise 20 → 28 over five generations, ln 1.4/5 nats, over that OPT-125m's reducible loss ln 20 − 1.82 nats; Shumailov et al. 2024).</param>
/// <param name="VerifiedShare">v: share of generated tokens that pass a checker (math, code, anything verifiable) and add information: 0.3 (assumption).</param>
/// <param name="VerifiedCapTokens">V_max: the most unique information verified generation yields per run: 3e13 tokens (assumption: ~100 verifiable domains × SynthLLM 2025's plateau near 3e11 tokens).</param>
/// <param name="DistillationFraction">f_d: share of the teacher's lead a new base gains by training on its teacher's tokens: 1.0 (fitted to DeepSeek-V3 → V3-0324 and Phi-4).</param>
/// <param name="DistillationTokens">T_d: generated tokens at which distillation has given 63% of its effect: 1e11 (assumption; Phi-4 trained on ~4e11 synthetic tokens).</param>
public sealed record SyntheticDataParameters(
    double VerificationFactor = 4,
    double GeneratorFraction = 1,
    double SaturationSigma = 1,
    double Quality = 0.5,
    double CollapseKappa = SyntheticDataParameters.CalibratedKappa,
    double VerifiedShare = 0.3,
    double VerifiedCapTokens = 3e13,
    double DistillationFraction = 1.0,
    double DistillationTokens = 1e11)
{
    /// <summary>(ln(28/20)/5)/(ln 20 − 1.82): perplexity 20 → 28 in five replace-mode generations at φ = 1, relative to the reducible loss.</summary>
    public static readonly double CalibratedKappaExact = Math.Log(28.0 / 20.0) / 5 / (Math.Log(20) - 1.82);

    /// <summary><see cref="CalibratedKappaExact"/> to three figures, the value scenarios and docs show.</summary>
    public const double CalibratedKappa = 0.0572;

    /// <summary>The design's defaults.</summary>
    public static SyntheticDataParameters Default { get; } = new();
}
