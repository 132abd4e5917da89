namespace SimCluster.Model.Readouts;

/// <summary>
/// METR's 50% time horizon (the length of task, in human-expert minutes, an agent completes half the time) read off
/// the capability K: log2(minutes) = Intercept + SlopePerEci·K, so one doubling every 1/SlopePerEci ECI points.
/// The horizon is unbounded, unlike a benchmark score, which is why it serves as a milestone that does not saturate.
/// </summary>
/// <param name="Intercept">log2 of the horizon in minutes at K = 0 (an extrapolation: only the slope and level near the data mean anything).</param>
/// <param name="SlopePerEci">Doublings of the horizon per ECI point; positive.</param>
public sealed record MetrHorizon(double Intercept, double SlopePerEci)
{
    /// <summary>
    /// Default: a least-squares line of log2(horizon) on ECI over METR's measured models on the Epoch AI Benchmarking Hub
    /// (epoch-research/benchmark-stitching, data/benchmarks_runs.csv, Nov 2025 snapshot): n = 21, RMSE 0.6 doublings.
    /// </summary>
    public static MetrHorizon Default { get; } = new(-23.5, 0.206);

    /// <summary>Residual scatter of the default line, in doublings (same fit).</summary>
    public const double DefaultRmseDoublings = 0.6;

    /// <summary>Models in the default fit (same fit).</summary>
    public const int DefaultSampleSize = 21;

    /// <summary>One work week, 40 hours, in minutes: the unit METR uses for a "week-long" task (Kwa et al. 2025, arXiv 2503.14499).</summary>
    public const double OneWeekMinutes = 40 * 60;

    /// <summary>One work month, 167 hours, in minutes: METR's "month-long" task (Kwa et al. 2025, arXiv 2503.14499).</summary>
    public const double OneMonthMinutes = 167 * 60;

    /// <summary>The 50% time horizon at capability <paramref name="k"/>, in minutes.</summary>
    public double Minutes(double k) => Math.Pow(2, Intercept + SlopePerEci * k);

    /// <summary>The capability at which the horizon reaches <paramref name="minutes"/>; −∞ for 0, NaN for negative or NaN.</summary>
    public double CapabilityAt(double minutes)
    {
        if (double.IsNaN(minutes) || minutes < 0) return double.NaN;
        if (minutes == 0) return double.NegativeInfinity;
        return (Math.Log2(minutes) - Intercept) / SlopePerEci;
    }
}
