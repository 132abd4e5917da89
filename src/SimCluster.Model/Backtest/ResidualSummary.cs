using MathNet.Numerics.Statistics;

namespace SimCluster.Model.Backtest;

/// <summary>
/// How far the simulated frontier is from the real one over a set of models. RMSE says how far, the mean residual
/// (bias) whether the simulator runs ahead (positive) or behind, and the largest miss whether one model dominates;
/// a backtest needs all three, since a small RMSE can hide an early run ahead cancelled by a late lag only in the bias.
/// </summary>
/// <param name="Count">Models compared.</param>
/// <param name="Rmse">Root mean square residual; null with no models.</param>
/// <param name="Bias">Mean residual (simulated − real); null with no models.</param>
/// <param name="MaxAbsResidual">Largest |residual|; null with no models.</param>
public sealed record ResidualSummary(int Count, double? Rmse, double? Bias, double? MaxAbsResidual)
{
    /// <summary>The summary of <paramref name="residuals"/> (simulated − real).</summary>
    public static ResidualSummary Of(IReadOnlyCollection<double> residuals) => residuals.Count == 0
        ? new(0, null, null, null)
        : new(residuals.Count, residuals.RootMeanSquare(), residuals.Mean(), residuals.MaximumAbsolute());
}
