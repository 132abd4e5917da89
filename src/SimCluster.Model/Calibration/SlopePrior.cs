namespace SimCluster.Model.Calibration;

/// <summary>
/// A published constraint added to the GPQA fit as one more weighted observation: the mean base-model slope
/// of GPQA per 10x compute-optimal training compute between <see cref="FromFlop"/> and <see cref="ToFlop"/>
/// (Epoch AI data insight 2024-25: about +12 points per 10x above 1e24 FLOP; docs/model.md §13 and §16.5).
/// Why: the calibration table's base models barely track their compute (taken as a base model, DeepSeek-V3 scores
/// highest on the least compute), so on its own it cannot pin the steepness (R² ≈ 0, s ± 5x its value); the
/// slope comes from many more models and pins it, while the table pins the level.
/// </summary>
/// <param name="PointsPerDecade">Target slope: 12.</param>
/// <param name="StandardError">Its uncertainty (sets the weight): 1.5 points per decade (assumption).</param>
/// <param name="FromFlop">Lower end of the compute range: 1e24.</param>
/// <param name="ToFlop">Upper end: 1e27.</param>
public sealed record SlopePrior(double PointsPerDecade = 12, double StandardError = 1.5, double FromFlop = 1e24, double ToFlop = 1e27)
{
    /// <summary>Uncertainty given to each table score when the prior is on: 5 GPQA points (assumption: benchmark noise
    /// plus post-training differences among "base" models).</summary>
    public const double PointStandardError = 5;

    /// <summary>Epoch AI's slope, as the default fit uses it.</summary>
    public static SlopePrior Epoch2025 { get; } = new();
}
