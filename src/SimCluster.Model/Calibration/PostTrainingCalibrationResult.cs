namespace SimCluster.Model.Calibration;

/// <summary>The post-training fits (docs/model.md §18.1): RL midpoint, test-time slope, distillation share, and the o1 checks.</summary>
/// <param name="Rl">ρ from DeepSeek-V3 → R1.</param>
/// <param name="RlChecks">o1-preview and o1 over GPT-4o: the RL compute ratio the defaults need.</param>
/// <param name="TestTime">γ_K from Claude 3.7 Sonnet's thinking budgets.</param>
/// <param name="Distillation">f_d from DeepSeek-V3 → V3-0324 and Phi-4.</param>
/// <param name="ReleasedBefore">Only rows released before this decimal year are read.</param>
public sealed record PostTrainingCalibrationResult(
    RlMidpointFit Rl, IReadOnlyList<RlRatioCheck> RlChecks, TestTimeFit TestTime, DistillationFit Distillation, double ReleasedBefore);
