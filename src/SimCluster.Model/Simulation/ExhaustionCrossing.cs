namespace SimCluster.Model.Simulation;

/// <summary>
/// Dates exhaustion (docs/model.md §6) between samples. Each step compares, at its end t_k, the tokens the next run
/// wants with the human tokens the lab reaches: both refer to t_k (the stock has grown to t_k; the compute is that of
/// the fleet in service up to t_k, bought at t_(k−1); a dataset trend is evaluated at t_k). Dating the crossing at the
/// first t_k where demand exceeds the stock would be up to a whole step late, on average half a step; instead the
/// crossing is placed where r = ln(desired/reachable), linear between the previous sample and this one, reaches 0.
/// For demand and stock that both grow exponentially r is exactly linear in t, so the date is the continuous
/// crossing. Without a usable previous sample (the first step, or a step without compute) the crossing is dated at
/// the sample itself, as before.
/// </summary>
public static class ExhaustionCrossing
{
    /// <summary>r = ln(desired/reachable): &gt; 0 exactly when the demand exceeds the reach (±∞ or NaN at zeros).</summary>
    public static double LogRatio(double desiredTokens, double reachableTokens) => Math.Log(desiredTokens) - Math.Log(reachableTokens);

    /// <summary>
    /// The year r crossed 0, given r = <paramref name="logRatio"/> &gt; 0 at <paramref name="year"/> and r =
    /// <paramref name="previousLogRatio"/> (≤ 0, or null when there is none) at <paramref name="previousYear"/>.
    /// </summary>
    public static double Year(double? previousLogRatio, double previousYear, double logRatio, double year)
    {
        if (previousLogRatio is not { } r0 || !double.IsFinite(r0) || !double.IsFinite(logRatio) || !(r0 <= 0) || !(logRatio > r0)) return year;
        double t = previousYear + (year - previousYear) * (-r0 / (logRatio - r0));
        return Math.Clamp(t, previousYear, year);
    }
}
