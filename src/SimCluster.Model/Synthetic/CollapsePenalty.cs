namespace SimCluster.Model.Synthetic;

/// <summary>
/// Loss added by training on synthetic data (docs/model.md §9), with φ the synthetic share of the mix and n the
/// number of generations trained on synthetic data in a row:
/// replace ΔL = κ·φ·n (Dohmatob et al. 2024; Gerstgrasser et al. 2024: linear in n);
/// accumulate ΔL = κ·φ·Σ_{i≤n} 1/i², bounded by κ·φ·π²/6 (Gerstgrasser et al. 2024).
/// </summary>
public static class CollapsePenalty
{
    /// <summary>ΔL in nats/token.</summary>
    public static double Loss(SyntheticMode mode, double kappa, double syntheticFraction, int generations)
    {
        if (generations <= 0 || syntheticFraction <= 0) return 0;
        return mode switch
        {
            SyntheticMode.Replace => kappa * syntheticFraction * generations,
            _ => kappa * syntheticFraction * PartialZeta2(generations),
        };
    }

    /// <summary>The accumulate-mode ceiling κ·φ·π²/6.</summary>
    public static double AccumulateBound(double kappa, double syntheticFraction) => kappa * syntheticFraction * Math.PI * Math.PI / 6.0;

    private static double PartialZeta2(int n)
    {
        // Summed smallest term first for accuracy; the tail past 1e6 terms is below 1e-6 and bounded anyway.
        int terms = Math.Min(n, 1_000_000);
        double sum = 0;
        for (int i = terms; i >= 1; i--) sum += 1.0 / ((double)i * i);
        return sum;
    }
}
