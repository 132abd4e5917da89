namespace SimCluster.Model.World;

/// <summary>
/// The time grid of a scenario: step k (1-based) covers [t_{k−1}, t_k] with t_k = t0 + k·Δ/12. A year is
/// 365.25 days, so twelve monthly steps deliver exactly one year of compute and energy.
/// </summary>
public readonly record struct StepClock(double StartYear, double StepMonths)
{
    /// <summary>Hours in a Julian year.</summary>
    public const double HoursPerYear = 365.25 * 24;

    /// <summary>Step length in years.</summary>
    public double StepYears => StepMonths / 12.0;

    /// <summary>Hours in one step.</summary>
    public double StepHours => StepYears * HoursPerYear;

    /// <summary>Seconds in one step.</summary>
    public double StepSeconds => StepHours * 3600.0;

    /// <summary>t_k: decimal year at the end of step <paramref name="step"/> (t_0 is the start).</summary>
    public double YearAt(long step) => StartYear + step * StepMonths / 12.0;
}
