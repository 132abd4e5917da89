using MathNet.Numerics.Statistics;

namespace SimCluster.Model.Sweeps;

/// <summary>The 5/25/50/75/95th percentiles of a sample (MathNet, R-7 definition, as NumPy and spreadsheets use).</summary>
/// <param name="Count">Values in the sample.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
public sealed record Percentiles(int Count, double P5, double P25, double P50, double P75, double P95)
{
    /// <summary>The levels reported.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0.05, 0.25, 0.50, 0.75, 0.95];

    /// <summary>Percentiles of the finite values in <paramref name="values"/>; null when there are none. The values
    /// are sorted first, so the result does not depend on their order.</summary>
    public static Percentiles? Of(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).ToArray();
        if (sorted.Length == 0) return null;
        Array.Sort(sorted);
        double Q(double tau) => SortedArrayStatistics.QuantileCustom(sorted, tau, QuantileDefinition.R7);
        return new Percentiles(sorted.Length, Q(0.05), Q(0.25), Q(0.50), Q(0.75), Q(0.95));
    }
}
