namespace SimCluster.Model.Progress;

/// <summary>
/// Algorithmic progress (docs/model.md §5): compute efficiency m_c(t), whose doubling time is
/// <paramref name="DoublingMonths"/> in 2024 and lengthens smoothly, and the share of it that makes tokens worth more.
/// </summary>
/// <param name="DoublingMonths">T_a: months in which algorithms halve the compute a fixed loss needs, in 2024: 8 (Ho et al. 2024, 95% CI 5-14).</param>
/// <param name="SlowdownHalfLifeYears">h: years in which the growth rate of log m_c halves: 15 (assumption; infinity keeps the 2024 pace forever).</param>
/// <param name="DataEfficiencyShare">s: share of compute-efficiency progress, in log terms, that goes to data (m_d = m_c^s): 0.25 (assumption; range 0-0.5; 0 counts physical tokens as Epoch's exhaustion analysis does).</param>
public sealed record AlgorithmicProgressParameters(double DoublingMonths = 8, double SlowdownHalfLifeYears = 15, double DataEfficiencyShare = 0.25)
{
    /// <summary>The design's defaults.</summary>
    public static AlgorithmicProgressParameters Default { get; } = new();

    /// <summary>No progress at all (m = 1), for calculators that ask about one point in time.</summary>
    public static AlgorithmicProgressParameters None { get; } = new(double.PositiveInfinity, double.PositiveInfinity, 0);
}
