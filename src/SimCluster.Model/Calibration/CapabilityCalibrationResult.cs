using SimCluster.Model.Capability;

namespace SimCluster.Model.Calibration;

/// <summary>The least-squares fit of K_pre = a_K + b_K·log10(C_eq) (docs/model.md §18) with its statistics.</summary>
/// <param name="Intercept">a_K with its standard error.</param>
/// <param name="Slope">b_K (ECI points per 10x) with its standard error.</param>
/// <param name="RSquared">Share of the ECI variance the line explains.</param>
/// <param name="Residuals">One per fitted model, sorted by release date.</param>
/// <param name="ReleasedBefore">Models released at or after this decimal year were left out.</param>
/// <param name="ReferenceYear">The year whose algorithms C_eq is measured in (multiplier 1).</param>
/// <param name="DoublingMonths">The algorithmic-progress doubling time used for the effective compute.</param>
public sealed record CapabilityCalibrationResult(
    FittedParameter Intercept,
    FittedParameter Slope,
    double RSquared,
    IReadOnlyList<CapabilityResidual> Residuals,
    double ReleasedBefore,
    double ReferenceYear,
    double DoublingMonths)
{
    /// <summary>Number of models fitted.</summary>
    public int Count => Residuals.Count;

    /// <summary>Root-mean-square residual in ECI points (divided by n, not n − 2).</summary>
    public double Rmse => Math.Sqrt(Residuals.Average(r => r.Residual * r.Residual));

    /// <summary>The fitted index.</summary>
    public CapabilityIndex Index => new(Intercept.Value, Slope.Value);
}
