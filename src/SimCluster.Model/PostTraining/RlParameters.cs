namespace SimCluster.Model.PostTraining;

/// <summary>
/// RL post-training (docs/model.md §10): the ScaleRL sigmoid (Khatri et al. 2025)
/// ΔG_rl = H·(G_ceil − G_base)/(1 + (C_mid/C_rl)^B), C_mid = ρ·C_pre.
/// Defaults calibrated to DeepSeek-R1 (~6e23 FLOP RL on a 3.4e24 base, GPQA 59 → 71.5) and Grok 4
/// (RL ≈ pretraining compute, ~+28 points).
/// </summary>
/// <param name="Headroom">H: share of the remaining headroom RL can capture: 0.75.</param>
/// <param name="MidpointRatio">ρ: RL compute at half effect, as a fraction of pretraining compute: 0.23.</param>
/// <param name="Steepness">B_rl: 1.6.</param>
/// <param name="EnvironmentCostMultiple">c_env: extra compute for environments; 0 for verifiable math and code, 10-100 for world simulation (seeds).</param>
public sealed record RlParameters(double Headroom = 0.75, double MidpointRatio = 0.23, double Steepness = 1.6, double EnvironmentCostMultiple = 0)
{
    /// <summary>The design's defaults.</summary>
    public static RlParameters Default { get; } = new();
}
