namespace SimCluster.Model.Calibration;

/// <summary>
/// γ_K by least squares through the origin, γ = Σ(Δ·l)/Σ(l²) with l = log10(τ): no thinking (τ = 1) is no gain, so
/// the line has no intercept to fit.
/// </summary>
/// <param name="BaseModel">The model without thinking.</param>
/// <param name="BaseEci">Its published ECI.</param>
/// <param name="AnswerTokens">Tokens per answer that turn a budget into τ (assumption).</param>
/// <param name="Points">The thinking budgets.</param>
/// <param name="EciPerDecade">The fitted γ_K.</param>
/// <param name="DefaultEciPerDecade">The model's γ_K.</param>
public sealed record TestTimeFit(
    string BaseModel, double BaseEci, double AnswerTokens, IReadOnlyList<TestTimePoint> Points, double EciPerDecade, double DefaultEciPerDecade)
{
    /// <summary>RMSE of the fit over <see cref="Points"/>, ECI points.</summary>
    public double Rmse => RmseAt(EciPerDecade);

    /// <summary>RMSE at the default γ_K.</summary>
    public double DefaultRmse => RmseAt(DefaultEciPerDecade);

    /// <summary>RMSE at any γ_K.</summary>
    public double RmseAt(double eciPerDecade) => Math.Sqrt(Points.Average(p => p.Residual(eciPerDecade) * p.Residual(eciPerDecade)));
}
