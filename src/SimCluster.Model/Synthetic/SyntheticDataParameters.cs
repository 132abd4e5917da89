namespace SimCluster.Model.Synthetic;

/// <summary>Synthetic data and model collapse (docs/model.md §9). The collapse mode is a lab's choice (<see cref="Strategy.LabStrategy.SyntheticMode"/>).</summary>
/// <param name="VerificationFactor">k_v: FLOP multiple for sampling plus verification and filtering: 4 (assumption).</param>
/// <param name="GeneratorFraction">Generator size as a fraction of the lab's current model (1 = the model itself, &lt;1 = distilled).</param>
/// <param name="SaturationSigma">σ: saturation scale K = σ·D_gen': 1 (assumption; SynthLLM 2025 plateaus).</param>
/// <param name="Quality">q_s: effective tokens per synthetic token at saturation: 0.5 (assumption).</param>
/// <param name="CollapseKappa">κ: nats per generation at φ = 1: ln(1.4)/5 = 0.0673, calibrated to the seeds' perplexity rise 20 → 28 over five fully synthetic generations.</param>
public sealed record SyntheticDataParameters(
    double VerificationFactor = 4,
    double GeneratorFraction = 1,
    double SaturationSigma = 1,
    double Quality = 0.5,
    double CollapseKappa = SyntheticDataParameters.CalibratedKappa)
{
    /// <summary>ln(28/20)/5: perplexity 20 → 28 in five replace-mode generations at φ = 1.</summary>
    public const double CalibratedKappa = 0.06729444732424258;

    /// <summary>The design's defaults.</summary>
    public static SyntheticDataParameters Default { get; } = new();
}
