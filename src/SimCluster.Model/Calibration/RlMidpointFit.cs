namespace SimCluster.Model.Calibration;

/// <summary>
/// ρ solved from one shared-base pair, a base and the reasoning model RL made of it: with H_0 and B held, the
/// sigmoid H_0·x^B/(1 + x^B) gives the gain for exactly one x = X_rl/(ρ·C_pre), so the pair fixes ρ and is reproduced
/// exactly; the default ρ's miss on it is the check.
/// </summary>
/// <param name="BaseModel">The base model.</param>
/// <param name="ReasonerModel">The reasoning model trained from it.</param>
/// <param name="BaseEci">The base's published ECI.</param>
/// <param name="ReasonerEci">The reasoner's published ECI.</param>
/// <param name="PretrainFlop">C_pre, the base's physical training compute.</param>
/// <param name="RlFlop">RL compute: the reasoner's training compute less the base's.</param>
/// <param name="ReleaseYear">The reasoner's release, where m_rl is taken.</param>
/// <param name="Efficiency">m_rl at <paramref name="ReleaseYear"/>.</param>
/// <param name="Headroom">H_0, held.</param>
/// <param name="Steepness">B, held.</param>
/// <param name="MidpointRatio">The fitted ρ.</param>
/// <param name="DefaultMidpointRatio">The model's ρ.</param>
/// <param name="FittedGain">ΔK_rl the model gives at the fitted ρ (equals <see cref="Gain"/> up to rounding).</param>
/// <param name="DefaultGain">ΔK_rl the model gives at the default ρ.</param>
public sealed record RlMidpointFit(
    string BaseModel, string ReasonerModel, double BaseEci, double ReasonerEci, double PretrainFlop, double RlFlop,
    double ReleaseYear, double Efficiency, double Headroom, double Steepness, double MidpointRatio, double DefaultMidpointRatio,
    double FittedGain, double DefaultGain)
{
    /// <summary>Observed gain in ECI points.</summary>
    public double Gain => ReasonerEci - BaseEci;

    /// <summary>Observed − fitted gain (0 by construction).</summary>
    public double Residual => Gain - FittedGain;

    /// <summary>Observed − default gain.</summary>
    public double DefaultResidual => Gain - DefaultGain;

    /// <summary>The default ρ relative to the fitted one, minus 1.</summary>
    public double DefaultRelativeDifference => DefaultMidpointRatio / MidpointRatio - 1;
}
