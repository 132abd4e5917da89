namespace SimCluster.Model.Calibration;

/// <summary>One thinking budget of a model also run without thinking.</summary>
/// <param name="Model">Model name as in the table.</param>
/// <param name="BudgetTokens">Thinking budget in tokens.</param>
/// <param name="Tau">τ = budget / answer tokens.</param>
/// <param name="Eci">Published ECI at this budget.</param>
/// <param name="Gain">ECI over the same model without thinking.</param>
public sealed record TestTimePoint(string Model, double BudgetTokens, double Tau, double Eci, double Gain)
{
    /// <summary>log10(τ).</summary>
    public double LogTau => Math.Log10(Tau);

    /// <summary>γ_K·log10(τ).</summary>
    public double Predicted(double eciPerDecade) => eciPerDecade * LogTau;

    /// <summary>Observed − predicted gain.</summary>
    public double Residual(double eciPerDecade) => Gain - Predicted(eciPerDecade);
}
