namespace SimCluster.Model.Calibration;

/// <summary>How far the fitted capability index lands from one model's published ECI.</summary>
/// <param name="Model">Model name.</param>
/// <param name="ReleaseYear">Release date as a decimal year.</param>
/// <param name="TrainFlop">Physical training compute in FLOP.</param>
/// <param name="FlopConfidence">Epoch's confidence in <paramref name="TrainFlop"/>.</param>
/// <param name="EffectiveFlop">Training compute at 2024 algorithms, the fit's stand-in for C_eq.</param>
/// <param name="Observed">Published ECI.</param>
/// <param name="Fitted">K_pre of the fitted index at <paramref name="EffectiveFlop"/>.</param>
public sealed record CapabilityResidual(
    string Model, double ReleaseYear, double TrainFlop, FlopConfidence FlopConfidence, double EffectiveFlop, double Observed, double Fitted)
{
    /// <summary>Observed − fitted, in ECI points.</summary>
    public double Residual => Observed - Fitted;
}
