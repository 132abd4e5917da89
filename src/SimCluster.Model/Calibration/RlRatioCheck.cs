namespace SimCluster.Model.Calibration;

/// <summary>
/// A reasoning model whose RL compute is not public, checked rather than fitted: the RL-to-pretraining compute ratio
/// the default sigmoid needs for its observed gain over its base. The sigmoid never reaches H_0, so a gain at or above
/// the headroom has no ratio and means H_0 is too low.
/// </summary>
/// <param name="BaseModel">The base model assumed.</param>
/// <param name="ReasonerModel">The reasoning model.</param>
/// <param name="ReleaseYear">The reasoner's release, where m_rl is taken.</param>
/// <param name="BaseEci">The base's published ECI.</param>
/// <param name="ReasonerEci">The reasoner's published ECI.</param>
/// <param name="Headroom">H_0.</param>
/// <param name="Efficiency">m_rl at <paramref name="ReleaseYear"/>.</param>
/// <param name="ImpliedRatio">Physical RL FLOP / C_pre that reproduces the gain; null when the gain is not below H_0.</param>
public sealed record RlRatioCheck(
    string BaseModel, string ReasonerModel, double ReleaseYear, double BaseEci, double ReasonerEci, double Headroom,
    double Efficiency, double? ImpliedRatio)
{
    /// <summary>Observed gain in ECI points.</summary>
    public double Gain => ReasonerEci - BaseEci;

    /// <summary>Whether the gain is below H_0, as the model requires.</summary>
    public bool BelowHeadroom => Gain < Headroom;
}
