namespace SimCluster.Model.Readouts;

/// <summary>
/// GPQA Diamond read off K. α and D are a least-squares fit (<c>Calibration/ReadoutCalibrator.cs</c>) to the 62 models of
/// the frontier calibration table (Epoch AI Benchmarking Hub runs against Epoch's ECI, epoch-research/benchmark-stitching,
/// Nov 2025 snapshot) that have both an ECI and a GPQA Diamond score and were released before 2025.25, reasoning or not:
/// R² 0.923, RMSE 4.16 points. A test re-runs the fit on that file and fails if these drift.
/// </summary>
public static class GpqaReadoutDefaults
{
    /// <summary>Four-choice questions: guessing scores 25 (Rein et al. 2023, arXiv 2311.12022).</summary>
    public const double Floor = 25;

    /// <summary>
    /// The most a model can score. Not fitted: with the ceiling free the fit runs past the benchmark's maximum
    /// (108.8 ± 15.9), because the calibration data stop at 83.8 and cannot see where the curve bends over. Held instead
    /// at 94, the top of the scores measured since (about 92-94, e.g. 94.1 for Gemini 3.1 Pro Preview on Artificial
    /// Analysis's leaderboard, Feb 2026): the diamond set has 198 questions and a share of them are flawed or ambiguous
    /// (Rein et al. 2023 validate answers by expert agreement, 81.3% on the diamond set; Rein 2024, "Can good benchmarks
    /// contain mistakes?", NYU ARG blog), so no model reaches 100. The exact value is an *assumption* within that range.
    /// </summary>
    public const double Ceiling = 94;

    /// <summary>α per ECI point, fitted with the ceiling held at 94: 0.1464 ± 0.0073 (n 62).</summary>
    public const double Slope = 0.1464;

    /// <summary>D, the ECI of the halfway score (59.5), fitted with the ceiling held at 94: 133.52 ± 0.28 (n 62).</summary>
    public const double Difficulty = 133.52;

    /// <summary>RMSE of the fit, points (n 62).</summary>
    public const double Rmse = 4.16;

    /// <summary>Models in the fit.</summary>
    public const int SampleSize = 62;
}
