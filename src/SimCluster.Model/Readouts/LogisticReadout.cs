namespace SimCluster.Model.Readouts;

/// <summary>
/// A benchmark score read off the latent capability K (on the scale of Epoch AI's Capabilities Index, ECI):
/// r(K) = floor + (ceiling − floor)·σ(α·(K − D)), σ the logistic function. This is the item-response form of
/// Ho et al. 2025, "A Rosetta Stone for AI benchmarks" (arXiv 2512.00193), score = σ(α_b·(K − D_b)), with a floor
/// for guessing and a ceiling for benchmarks whose labels are partly wrong. Scores are in points (percent).
/// </summary>
/// <param name="Name">The benchmark, as users read it.</param>
/// <param name="Floor">The score with no capability (chance), points.</param>
/// <param name="Ceiling">The most any model can score, points; above <paramref name="Floor"/>.</param>
/// <param name="Slope">α, per ECI point; positive.</param>
/// <param name="Difficulty">D, the K at which the score is halfway from floor to ceiling.</param>
public sealed record LogisticReadout(string Name, double Floor, double Ceiling, double Slope, double Difficulty)
{
    /// <summary>Validated construction: the readout must rise with K between a finite floor and a higher ceiling.</summary>
    public LogisticReadout Validate()
    {
        if (!(double.IsFinite(Floor) && double.IsFinite(Ceiling) && Ceiling > Floor))
            throw new ArgumentException($"{Name}: need finite floor < ceiling; got floor {Floor}, ceiling {Ceiling}");
        if (!(Slope > 0 && double.IsFinite(Slope)))
            throw new ArgumentException($"{Name}: slope α must be finite and > 0; got {Slope}");
        if (!double.IsFinite(Difficulty))
            throw new ArgumentException($"{Name}: difficulty D must be finite; got {Difficulty}");
        return this;
    }

    /// <summary>The score at capability <paramref name="k"/>, in [floor, ceiling] (NaN for NaN).</summary>
    public double Score(double k) => Floor + (Ceiling - Floor) * Logistic(Slope * (k - Difficulty));

    /// <summary>
    /// The capability at which the readout reaches <paramref name="score"/> (for milestones). A score at or below the
    /// floor is reached by any K (−∞); a score at or above the ceiling is never reached (+∞); NaN gives NaN.
    /// </summary>
    public double CapabilityAt(double score)
    {
        if (double.IsNaN(score)) return double.NaN;
        if (score <= Floor) return double.NegativeInfinity;
        if (score >= Ceiling) return double.PositiveInfinity;
        double u = (score - Floor) / (Ceiling - Floor);
        return Difficulty + Math.Log(u / (1 - u)) / Slope;
    }

    // Written so that neither branch overflows: exp of a non-positive argument only.
    private static double Logistic(double z) =>
        z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
