namespace SimCluster.Model.PostTraining;

/// <summary>Test-time compute (docs/model.md §11).</summary>
/// <param name="ThinkingMultiplier">τ: thinking tokens per answer token; 1 = off (the default: serving demand is not modelled, so longer thinking would cost the lab nothing but tokens served).</param>
/// <param name="EciPerDecade">γ_K: ECI points per 10x thinking tokens: 1.69 (fitted to Claude 3.7 Sonnet: 136.2 without thinking, 138.3 at a 16K and 139.2 at a 64K budget, answers of ~1K tokens).</param>
public sealed record TestTimeParameters(double ThinkingMultiplier = 1, double EciPerDecade = 1.69)
{
    /// <summary>The design's defaults (off).</summary>
    public static TestTimeParameters Default { get; } = new();
}
