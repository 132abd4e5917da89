namespace SimCluster.Model.Progress;

/// <summary>
/// Algorithmic progress (docs/model.md §5): effective-compute multiplier m(t) = min(m_max, 2^((t−t0)/T_a)).
/// </summary>
/// <param name="DoublingMonths">T_a: 8 months (Ho et al. 2024, 95% CI 5-14).</param>
/// <param name="MaxMultiplier">m_max: 1e3 (assumption: progress cannot compound forever).</param>
public sealed record AlgorithmicProgressParameters(double DoublingMonths = 8, double MaxMultiplier = 1e3)
{
    /// <summary>The design's defaults.</summary>
    public static AlgorithmicProgressParameters Default { get; } = new();

    /// <summary>No progress at all (m = 1), for calculators that ask about one point in time.</summary>
    public static AlgorithmicProgressParameters None { get; } = new(double.PositiveInfinity, 1);
}
