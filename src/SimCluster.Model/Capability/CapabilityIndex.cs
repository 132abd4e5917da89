namespace SimCluster.Model.Capability;

/// <summary>
/// Pretraining capability on the scale of Epoch AI's Capabilities Index (ECI; Ho et al. 2025, "A Rosetta Stone for
/// AI benchmarks", arXiv 2512.00193, where Claude 3.5 Sonnet (2024-06) = 130 and GPT-4 (2023-03) = 125.7):
/// K_pre = a_K + b_K·log10(C_eq), with C_eq the Chinchilla-equivalent compute at 2024 algorithms
/// (<see cref="ChinchillaEquivalent"/>; docs/model.md §18). Unbounded: every 10x of C_eq adds b_K points.
/// </summary>
/// <param name="Intercept">a_K, ECI points at C_eq = 1 FLOP (an extrapolation; only meaningful with the slope).</param>
/// <param name="SlopePerDecade">b_K, ECI points per 10x of C_eq.</param>
public sealed record CapabilityIndex(double Intercept, double SlopePerDecade)
{
    /// <summary>
    /// Fitted by <c>simcluster calibrate --capability</c> to the 65 non-reasoning models released before 2025.25 in
    /// frontier-calibration.csv (Epoch AI's ECI table, repository epoch-research/benchmark-stitching, Nov 2025
    /// snapshot), with C_eq = training FLOP × the compute-efficiency multiplier of the release year (1 in 2024, 8-month
    /// doubling then, Ho et al. 2024; the simulator's own curve): a_K = −123.50 ± 14.80, b_K = 9.959 ± 0.615, n = 65,
    /// RMSE 6.01 ECI, R² 0.81.
    /// </summary>
    public static CapabilityIndex Default { get; } = new(-123.503, 9.959);

    /// <summary>K_pre for a Chinchilla-equivalent compute in FLOP.</summary>
    public double Pretraining(double chinchillaEquivalentFlop)
    {
        if (!(chinchillaEquivalentFlop > 0))
            throw new ArgumentOutOfRangeException(nameof(chinchillaEquivalentFlop), chinchillaEquivalentFlop, "C_eq must be > 0");
        return Intercept + SlopePerDecade * Math.Log10(chinchillaEquivalentFlop);
    }

    /// <summary>The inverse of <see cref="Pretraining"/>: the C_eq in FLOP at which K_pre equals <paramref name="eci"/>.</summary>
    public double ComputeFor(double eci) => Math.Pow(10, (eci - Intercept) / SlopePerDecade);
}
