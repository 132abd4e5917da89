namespace SimCluster.Model.Sweeps;

/// <summary>
/// The 5/25/50/75/95th percentiles of a sample, by the linear definition NumPy and spreadsheets use: with the
/// n values sorted, the τ-quantile lies at rank h = (n − 1)·τ, between the values at ranks ⌊h⌋ and ⌊h⌋ + 1. One
/// formula serves a sample held as values (bands) and one held as counts per value (milestone years), so both give
/// the same number for the same sample.
/// </summary>
/// <param name="Count">Values in the sample.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
public sealed record Percentiles(long Count, double P5, double P25, double P50, double P75, double P95)
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
        return FromRanks(sorted.Length, rank => sorted[rank]);
    }

    /// <summary>
    /// Percentiles of a sample given as distinct <paramref name="values"/> in ascending order, each occurring
    /// <paramref name="counts"/> times; null when the sample is empty. Equal to <see cref="Of"/> on the expanded sample.
    /// </summary>
    public static Percentiles? OfCounts(IReadOnlyList<double> values, IReadOnlyList<long> counts)
    {
        var upTo = new long[counts.Count]; // upTo[i]: how many values are at or below values[i]
        long n = 0;
        for (int i = 0; i < counts.Count; i++) upTo[i] = n += counts[i];
        if (n == 0) return null;
        return FromRanks(n, rank =>
        {
            int i = Array.BinarySearch(upTo, rank + 1);
            return values[i >= 0 ? i : ~i];
        });
    }

    /// <summary>The R-7 <paramref name="tau"/>-quantile of <paramref name="n"/> sorted values read by rank (0-based).</summary>
    public static double Quantile(long n, Func<long, double> valueAtRank, double tau)
    {
        double h = (n - 1) * tau;
        long k = (long)Math.Floor(h);
        double low = valueAtRank(k);
        if (k + 1 >= n) return low;
        double high = valueAtRank(k + 1);
        return low + (h - k) * (high - low);
    }

    private static Percentiles FromRanks(long n, Func<long, double> valueAtRank)
    {
        double Q(double tau) => Quantile(n, valueAtRank, tau);
        return new Percentiles(n, Q(0.05), Q(0.25), Q(0.50), Q(0.75), Q(0.95));
    }
}
