namespace SimCluster.Model.PostTraining;

/// <summary>Test-time compute (docs/model.md §11).</summary>
/// <param name="ThinkingMultiplier">τ: thinking-token multiplier; 1 = off.</param>
/// <param name="PointsPerDecade">γ: GPQA points per 10x thinking tokens: 5 (assumption; Snell et al. 2024).</param>
public sealed record TestTimeParameters(double ThinkingMultiplier = 1, double PointsPerDecade = 5)
{
    /// <summary>The design's defaults (off).</summary>
    public static TestTimeParameters Default { get; } = new();
}
