namespace SimCluster.Model.Calibration;

/// <summary>How far the fitted mapping lands from one model's published score.</summary>
public sealed record CalibrationResidual(string Model, double Loss, double Observed, double Fitted)
{
    /// <summary>Observed − fitted, in GPQA points.</summary>
    public double Residual => Observed - Fitted;
}
