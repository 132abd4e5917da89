namespace SimCluster.Model.PostTraining;

/// <summary>
/// Test-time reasoning and serving (docs/model.md §11): ΔG_tt = γ·log10(τ); serving costs 2·N FLOP per token
/// (Sardana et al. 2024: lifetime cost 6·N·D_train + 2·N·D_inference) and improves no model.
/// </summary>
public static class TestTimeCompute
{
    /// <summary>GPQA points from thinking longer.</summary>
    public static double Gain(TestTimeParameters p) => p.PointsPerDecade * Math.Log10(p.ThinkingMultiplier);

    /// <summary>Tokens served by <paramref name="flop"/> on a model of <paramref name="parameters"/>, τ thinking tokens per answer token.</summary>
    public static double TokensServed(TestTimeParameters p, double parameters, double flop) =>
        parameters > 0 ? flop / (2.0 * parameters * p.ThinkingMultiplier) : 0;
}
