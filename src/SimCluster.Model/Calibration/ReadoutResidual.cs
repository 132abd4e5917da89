namespace SimCluster.Model.Calibration;

/// <summary>How far a fitted readout lands from one model's measured score.</summary>
public sealed record ReadoutResidual(string Model, double Eci, double Observed, double Fitted)
{
    /// <summary>Observed − fitted, in points.</summary>
    public double Residual => Observed - Fitted;
}
