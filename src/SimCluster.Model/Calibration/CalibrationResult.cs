using SimCluster.Model.Capability;

namespace SimCluster.Model.Calibration;

/// <summary>A fitted GPQA mapping with its statistics; R² and residuals are over the table's scores only, and
/// <see cref="SlopePerDecade"/> is the fitted mapping's mean base-model slope over the prior's compute range.</summary>
public sealed record CalibrationResult(
    MappingForm Form,
    string ConstantsName,
    IReadOnlyList<FittedParameter> Parameters,
    double RSquared,
    IReadOnlyList<CalibrationResidual> Residuals,
    IGpqaMapping Mapping,
    double SlopePerDecade,
    SlopePrior? Prior)
{
    /// <summary>Root-mean-square residual in GPQA points.</summary>
    public double Rmse => Math.Sqrt(Residuals.Average(r => r.Residual * r.Residual));
}
