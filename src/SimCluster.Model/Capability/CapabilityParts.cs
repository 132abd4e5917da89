namespace SimCluster.Model.Capability;

/// <summary>
/// A served model's capability K on the ECI scale and where it comes from (docs/model.md §18):
/// K = K_pre + ΔK_distill + ΔK_rl + ΔK_tt.
/// </summary>
/// <param name="Pretrain">K_pre, read off the base model's loss.</param>
/// <param name="Distill">ΔK_distill, from training the base on its lab's previous best model's tokens.</param>
/// <param name="Rl">ΔK_rl, RL post-training.</param>
/// <param name="TestTime">ΔK_tt, thinking longer at test time.</param>
public readonly record struct CapabilityParts(double Pretrain, double Distill, double Rl, double TestTime)
{
    /// <summary>K.</summary>
    public double Total => Pretrain + Distill + Rl + TestTime;

    /// <summary>Post-training: RL plus test time.</summary>
    public double Post => Rl + TestTime;
}
