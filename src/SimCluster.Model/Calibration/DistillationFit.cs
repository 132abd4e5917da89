namespace SimCluster.Model.Calibration;

/// <summary>
/// f_d by least squares through the origin, gain = f·max(0, lead): no lead, no gain. The model caps f_d at 1 (a
/// student does not pass its teacher), so both the unconstrained fit and the capped value are kept.
/// </summary>
/// <param name="Pairs">Student-teacher pairs.</param>
/// <param name="Unconstrained">Σ(gain·lead)/Σ(lead²).</param>
/// <param name="DefaultFraction">The model's f_d.</param>
public sealed record DistillationFit(IReadOnlyList<DistillationPair> Pairs, double Unconstrained, double DefaultFraction)
{
    /// <summary>The fitted f_d, capped at 1 as in the model.</summary>
    public double Fraction => Math.Min(1, Unconstrained);

    /// <summary>RMSE at the capped fit, ECI points.</summary>
    public double Rmse => RmseAt(Fraction);

    /// <summary>RMSE at the default f_d.</summary>
    public double DefaultRmse => RmseAt(DefaultFraction);

    /// <summary>RMSE at any f_d.</summary>
    public double RmseAt(double fraction) => Math.Sqrt(Pairs.Average(p => p.Residual(fraction) * p.Residual(fraction)));
}
