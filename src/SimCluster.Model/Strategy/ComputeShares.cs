using System.Globalization;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Strategy;

/// <summary>How a lab splits its delivered compute among uses (docs/model.md §14). Shares are in [0, 1] and sum to 1.</summary>
public sealed record ComputeShares(double Pretrain, double Synthetic, double Rl, double Inference)
{
    /// <summary>Tolerance on the sum of the shares.</summary>
    public const double SumTolerance = 1e-6;

    /// <summary>Null when the shares sum to 1 (within <see cref="SumTolerance"/>), else a message with the sum. Each share's
    /// own range, [0, 1], is checked with every other number's (the parameter registry).</summary>
    public string? SumProblem()
    {
        double sum = Pretrain + Synthetic + Rl + Inference;
        return Math.Abs(sum - 1) <= SumTolerance ? null : $"shares must sum to 1; they sum to {ShowSum(sum)}";
    }

    // Fifteen significant digits: 0.1 + 0.7 reads as 0.8, not 0.7999999999999999 (binary round-off of decimal
    // inputs), while a sum outside the 1e-6 tolerance always shows digits that differ from 1 (six would not).
    private static string ShowSum(double v) => v.ToString("G15", CultureInfo.InvariantCulture);
}
