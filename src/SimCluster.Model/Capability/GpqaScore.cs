namespace SimCluster.Model.Capability;

/// <summary>Combines base, RL and test-time scores (docs/model.md §12): G = min(G_ceil, G_base + ΔG_rl + ΔG_tt).</summary>
public static class GpqaScore
{
    /// <summary>The reported GPQA.</summary>
    public static double Gpqa(double ceiling, double baseGpqa, double rlGain, double testTimeGain) =>
        Math.Min(ceiling, baseGpqa + rlGain + testTimeGain);
}
