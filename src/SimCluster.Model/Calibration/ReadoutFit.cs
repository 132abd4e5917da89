using SimCluster.Model.Readouts;

namespace SimCluster.Model.Calibration;

/// <summary>
/// A readout fitted to (ECI, score) points: the readout, each free parameter with its standard error, and the fit's
/// quality. <see cref="FixedCeiling"/> is true when the ceiling was held, not fitted.
/// </summary>
public sealed record ReadoutFit(
    LogisticReadout Readout,
    IReadOnlyList<FittedParameter> Parameters,
    bool FixedCeiling,
    double RSquared,
    double Rmse,
    IReadOnlyList<ReadoutResidual> Residuals)
{
    /// <summary>Points in the fit.</summary>
    public int Count => Residuals.Count;

    /// <summary>The parameter named <paramref name="name"/>.</summary>
    public FittedParameter Parameter(string name) => Parameters.Single(p => p.Name == name);

    /// <summary>The residuals, largest magnitude first.</summary>
    public IEnumerable<ReadoutResidual> LargestResiduals(int count) =>
        Residuals.OrderByDescending(r => Math.Abs(r.Residual)).Take(count);
}
