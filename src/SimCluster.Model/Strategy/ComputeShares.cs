using System.Globalization;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Strategy;

/// <summary>
/// How a lab splits its delivered compute among its five uses (docs/model.md §14): the final pretraining runs of the
/// models it releases, synthetic generation, RL, inference, and experiments (R&amp;D compute that trains no released
/// model: ablations, failed and small runs; it improves nothing directly, a documented simplification). Shares are in
/// [0, 1] and sum to 1. Epoch AI (J. You, Oct 2025): final runs are 10-30% of R&amp;D compute, inference 20-35% of the total.
/// </summary>
public sealed record ComputeShares(double Pretrain, double Synthetic, double Rl, double Inference, double Experiments = 0)
{
    /// <summary>Tolerance on the sum of the shares.</summary>
    public const double SumTolerance = 1e-6;

    /// <summary>Null when the shares sum to 1 (within <see cref="SumTolerance"/>), else a message with the sum. Each share's
    /// own range, [0, 1], is checked with every other number's (the parameter registry).</summary>
    public string? SumProblem()
    {
        double sum = Pretrain + Synthetic + Rl + Inference + Experiments;
        return Math.Abs(sum - 1) <= SumTolerance ? null : $"shares must sum to 1; they sum to {ShowSum(sum)}";
    }

    // Fifteen significant digits: 0.1 + 0.7 reads as 0.8, not 0.7999999999999999 (binary round-off of decimal
    // inputs), while a sum outside the 1e-6 tolerance always shows digits that differ from 1 (six would not).
    private static string ShowSum(double v) => v.ToString("G15", CultureInfo.InvariantCulture);
}
