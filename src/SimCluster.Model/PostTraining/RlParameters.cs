namespace SimCluster.Model.PostTraining;

/// <summary>
/// RL post-training on the capability scale (docs/model.md §10): ΔK_rl = H·S(x), S(x) = x^B/(1 + x^B),
/// x = X_rl/(ρ·C_pre) with X_rl the lab's RL stock (rollout FLOP × RL efficiency m_rl, carried over between bases),
/// and headroom H = H_0 + h_sim·log10(1 + X_sim/X_0) raised by cumulative simulated-environment compute X_sim.
/// </summary>
/// <param name="ArrivalYear">t_rl: the year RL reasoning training begins: 2024.6. o1-preview was released 2024-09-12 (2024.70) with its RL done; the model credits RL to the model in service as its compute is spent, so RL starts a little before that release (assumption: about five weeks). Before it the RL share is RLHF, already inside the pretraining fit.</param>
/// <param name="HeadroomEci">H_0: the most RL on verifiable tasks adds, ECI points: 15 (assumption, above o1's +11.6 over GPT-4o).</param>
/// <param name="MidpointRatio">ρ: RL compute (at arrival efficiency) at half the headroom, as a fraction of pretraining compute: 0.46 (calibrated to DeepSeek-V3 → R1: 0.458).</param>
/// <param name="Steepness">B: the sigmoid's steepness in log compute: 1.6 (Khatri et al. 2025, ScaleRL).</param>
/// <param name="EfficiencyDoublingMonths">T_rl: months in which RL recipes halve the RL compute a gain needs, at arrival: 6 (assumption; slows with the algorithmic-progress half-life).</param>
/// <param name="CarryOver">r: share of the RL stock, relative to its base, that carries over to the next base: 0.8 (assumption).</param>
/// <param name="EnvironmentCostMultiple">c_env: extra compute per rollout FLOP in simulated environments: 10 (the seeds: experience at 10-100x the compute of passive data).</param>
/// <param name="SimulationHeadroomPerDecade">h_sim: headroom added per 10x cumulative environment compute, ECI points: 3 (assumption; the seeds' hypothesis, wide in baseline-uncertain).</param>
/// <param name="SimulationReferenceFlop">X_0: the environment compute of the first decade of headroom: 1e24 FLOP (assumption, the RL compute of a 2025 frontier model).</param>
public sealed record RlParameters(
    double ArrivalYear = 2024.6,
    double HeadroomEci = 15,
    double MidpointRatio = 0.46,
    double Steepness = 1.6,
    double EfficiencyDoublingMonths = 6,
    double CarryOver = 0.8,
    double EnvironmentCostMultiple = 10,
    double SimulationHeadroomPerDecade = 3,
    double SimulationReferenceFlop = 1e24)
{
    /// <summary>The design's defaults.</summary>
    public static RlParameters Default { get; } = new();
}
