namespace SimCluster.Model.Readouts;

/// <summary>
/// The benchmarks read off the capability K. Besides GPQA Diamond, whose constants are fitted here
/// (<see cref="GpqaReadoutDefaults"/>), the defaults are least-squares fits of Ho et al. 2025's form
/// (score = σ(α_b·(K − D_b)), arXiv 2512.00193) to Epoch AI Benchmarking Hub runs against Epoch's ECI
/// (epoch-research/benchmark-stitching, data/benchmarks_runs.csv, Nov 2025 snapshot), with floor 0 and ceiling 100;
/// RMSE in points and n (runs) are in <see cref="EpochHubFits"/>. Every row of trajectories.csv reads its benchmarks through them.
/// </summary>
public sealed record ReadoutSet(
    LogisticReadout GpqaDiamond,
    LogisticReadout FrontierMath,
    LogisticReadout SweBenchVerified,
    LogisticReadout MathLevel5,
    MetrHorizon Metr)
{
    /// <summary>The sourced defaults.</summary>
    public static ReadoutSet Default { get; } = new(
        new LogisticReadout("GPQA Diamond", GpqaReadoutDefaults.Floor, GpqaReadoutDefaults.Ceiling,
            GpqaReadoutDefaults.Slope, GpqaReadoutDefaults.Difficulty).Validate(),
        // Tiers 1-3; Epoch Hub runs: RMSE 3.8 points, n 48. Open-ended answers, so the floor is 0.
        new LogisticReadout("FrontierMath tiers 1-3", 0, 100, 0.165, 154.2).Validate(),
        // Epoch Hub runs: RMSE 13.1 points, n 20 (agent scaffolds differ between runs, hence the scatter).
        new LogisticReadout("SWE-bench Verified", 0, 100, 0.060, 142.2).Validate(),
        // Epoch Hub runs: RMSE 5.5 points, n 84.
        new LogisticReadout("MATH Level 5", 0, 100, 0.195, 127.8).Validate(),
        MetrHorizon.Default);

    /// <summary>
    /// The readouts fitted to Epoch AI Benchmarking Hub runs rather than to the frontier table, with the n and RMSE of
    /// those fits (the numbers beside <see cref="Default"/>'s constants): what <c>calibrate --readouts</c> reports.
    /// </summary>
    public static IReadOnlyList<ReadoutFitQuality> EpochHubFits { get; } =
    [
        new(Default.FrontierMath, 48, 3.8),
        new(Default.SweBenchVerified, 20, 13.1),
        new(Default.MathLevel5, 84, 5.5),
    ];

    /// <summary>The logistic readouts, in a fixed order (for reports and tests).</summary>
    public IReadOnlyList<LogisticReadout> Logistic => [GpqaDiamond, FrontierMath, SweBenchVerified, MathLevel5];
}
