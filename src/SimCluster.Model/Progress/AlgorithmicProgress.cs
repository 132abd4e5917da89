namespace SimCluster.Model.Progress;

/// <summary>
/// Compute efficiency m_c(t) (docs/model.md §5), on the calendar: m_c(2024.0) = 1 whatever year a scenario starts in,
/// so the simulator and <c>calibrate</c> see the same algorithms in the same year. Its log grows at a rate that halves
/// every h years: log2 m_c(t) = (12/T_a)·(h/ln 2)·(1 − 2^(−(t − 2024)/h)), which is 2^((t − 2024)·12/T_a) near 2024 and
/// levels off smoothly (a bound of (12/T_a)·h/ln 2 doublings) instead of stopping at a hard cap.
/// </summary>
public static class AlgorithmicProgress
{
    /// <summary>The calendar year at which every multiplier is 1 and <c>DoublingMonths</c> is measured.</summary>
    public const double ReferenceYear = World.CalendarAnchor.Year;

    /// <summary>log2 m_c(t): doublings of compute efficiency since <see cref="ReferenceYear"/> (negative before it).</summary>
    public static double Doublings(AlgorithmicProgressParameters p, double year) => Doublings(p.DoublingMonths, p.SlowdownHalfLifeYears, year, ReferenceYear);

    /// <summary>m_c(t), the effective compute per physical FLOP relative to 2024.</summary>
    public static double Multiplier(AlgorithmicProgressParameters p, double year) => Math.Pow(2, Doublings(p, year));

    /// <summary>
    /// Doublings from <paramref name="from"/> to <paramref name="year"/> of a trend that doubles every
    /// <paramref name="doublingMonths"/> at <paramref name="from"/> and whose rate halves every <paramref name="halfLifeYears"/>.
    /// </summary>
    public static double Doublings(double doublingMonths, double halfLifeYears, double year, double from)
    {
        if (double.IsPositiveInfinity(doublingMonths)) return 0;
        double rate = 12.0 / doublingMonths, dt = year - from;
        if (double.IsPositiveInfinity(halfLifeYears)) return rate * dt;
        // h/ln2·(1 − 2^(−dt/h)) written with expm1 so that it stays exact as h grows large.
        double k = Math.Log(2) / halfLifeYears;
        return -rate * double.ExpM1(-k * dt) / k;
    }
}
