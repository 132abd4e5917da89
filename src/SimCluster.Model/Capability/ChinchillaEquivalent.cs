using SimCluster.Model.Scaling;

namespace SimCluster.Model.Capability;

/// <summary>
/// Chinchilla-equivalent compute C_eq (docs/model.md §18): the training compute an unconstrained compute-optimal
/// run would need to reach a given loss. On the compute-optimal frontier of L = E + A/N^α + B/D^β with C = 6·N·D
/// the reducible loss is a single power law, L*(C) − E = G·C^(−γ) with γ = αβ/(α+β), so C_eq = ((L − E)/G)^(−1/γ).
/// Any loss above E maps to a finite C_eq, however the loss was reached (repeated data, synthetic data, collapse),
/// which makes C_eq an unbounded, comparable measure of what a model's pretraining bought.
/// </summary>
public static class ChinchillaEquivalent
{
    /// <summary>γ = αβ/(α+β): the exponent of the reducible loss along the compute-optimal frontier.</summary>
    public static double Exponent(LossConstants c) => c.Alpha * c.Beta / (c.Alpha + c.Beta);

    /// <summary>
    /// G in L*(C) − E = G·C^(−γ). With X = C/6 the compute-optimal run has N = g·X^a and D = X^b/g, where
    /// g = (αA/(βB))^(1/(α+β)) is <see cref="LossConstants.G"/>, a = β/(α+β), b = α/(α+β). Both terms then fall as
    /// X^(−γ) because aα = bβ = γ: A/N^α + B/D^β = (A·g^(−α) + B·g^β)·X^(−γ), hence G = (A·g^(−α) + B·g^β)·6^γ.
    /// </summary>
    public static double Coefficient(LossConstants c)
    {
        double g = c.G;
        return (c.A * Math.Pow(g, -c.Alpha) + c.B * Math.Pow(g, c.Beta)) * Math.Pow(6.0, Exponent(c));
    }

    /// <summary>L*(C) = E + G·C^(−γ): the loss of the compute-optimal run with <paramref name="flop"/> training FLOP.</summary>
    public static double Loss(LossConstants c, double flop)
    {
        if (!(flop > 0) || double.IsInfinity(flop))
            throw new ArgumentOutOfRangeException(nameof(flop), flop, "training compute must be a finite number > 0");
        return c.E + Coefficient(c) * Math.Pow(flop, -Exponent(c));
    }

    /// <summary>C_eq(L) = ((L − E)/G)^(−1/γ) in FLOP; the inverse of <see cref="Loss"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When L ≤ E: no finite compute reaches the irreducible loss.</exception>
    public static double Compute(LossConstants c, double loss)
    {
        if (!(loss > c.E) || double.IsInfinity(loss))
            throw new ArgumentOutOfRangeException(nameof(loss), loss, $"loss must be finite and above the irreducible loss E = {c.E}");
        return Math.Pow((loss - c.E) / Coefficient(c), -1.0 / Exponent(c));
    }
}
