namespace SimCluster.Model.Synthetic;

/// <summary>
/// Loss added by training on unverified synthetic data (docs/model.md §9), relative to the reducible loss of the same
/// run on clean data, with φ the unverified synthetic share of the mix and n the generations trained on synthetic data
/// in a row: replace ΔL = κ·φ·n·(L_clean − E) (Dohmatob et al. 2024: linear in n); accumulate
/// ΔL = κ·φ·Σ_{i≤n} 1/i²·(L_clean − E), bounded by κ·φ·π²/6·(L_clean − E) (Gerstgrasser et al. 2024).
/// Relative, because collapse erodes what the model learned: an absolute penalty calibrated on a 125M-parameter
/// model costs a frontier model more than its whole reducible loss.
/// </summary>
public static class CollapsePenalty
{
    /// <summary>ΔL in nats/token, given the clean run's reducible loss <paramref name="reducibleLoss"/> = L_clean − E.</summary>
    public static double Loss(SyntheticMode mode, double kappa, double syntheticFraction, int generations, double reducibleLoss)
    {
        if (generations <= 0 || syntheticFraction <= 0 || !(reducibleLoss > 0)) return 0;
        double n = mode switch
        {
            SyntheticMode.Replace => generations,
            _ => PartialZeta2(generations),
        };
        return kappa * syntheticFraction * n * reducibleLoss;
    }

    /// <summary>The accumulate-mode ceiling κ·φ·π²/6·(L_clean − E).</summary>
    public static double AccumulateBound(double kappa, double syntheticFraction, double reducibleLoss) =>
        kappa * syntheticFraction * Math.PI * Math.PI / 6.0 * reducibleLoss;

    private static double PartialZeta2(int n)
    {
        // Summed smallest term first for accuracy; the tail past 1e6 terms is below 1e-6 and bounded anyway.
        int terms = Math.Min(n, 1_000_000);
        double sum = 0;
        for (int i = terms; i >= 1; i--) sum += 1.0 / ((double)i * i);
        return sum;
    }
}
