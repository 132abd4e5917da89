using MathNet.Numerics;
using SimCluster.Model.Capability;
using SimCluster.Model.Progress;

namespace SimCluster.Model.Calibration;

/// <summary>
/// Fits the capability index K_pre = a_K + b_K·log10(C_eq) (docs/model.md §18) by ordinary least squares to the
/// non-reasoning models of the frontier calibration table released before <see cref="ReleasedBefore"/>. A model's
/// C_eq is taken to be its training compute times the algorithmic-progress multiplier of its release year relative
/// to <see cref="ReferenceYear"/>: the loss the simulator would give such a run is on the compute-optimal frontier,
/// so this effective compute is its Chinchilla-equivalent compute at 2024 algorithms.
/// </summary>
/// <remarks>
/// Reasoning models are left out because their ECI includes post-training and test-time gains the pretraining index
/// must not absorb. Every row with a compute estimate counts once, whatever Epoch's confidence in it: the levels
/// are qualitative, with no error sizes to turn into weights, and leaving out the six "Speculative" rows moves b_K
/// by less than a tenth of its standard error. Errors in the compute estimates bias b_K slightly towards zero.
/// </remarks>
public static class CapabilityCalibrator
{
    /// <summary>The fit uses only models released before this year; later ones are kept for judging the model.</summary>
    public const double ReleasedBefore = 2025.25;

    /// <summary>
    /// Algorithms of the start of 2024 define C_eq (multiplier 1), as in the GPQA fit (<see cref="GpqaCalibrator.ReferenceYear"/>).
    /// </summary>
    public const double ReferenceYear = GpqaCalibrator.ReferenceYear;

    /// <summary>Fits a_K and b_K; <paramref name="progress"/> defaults to the 8-month doubling of Ho et al. 2024.</summary>
    /// <exception cref="CalibrationDataException">When fewer than 3 rows qualify or their compute does not vary.</exception>
    public static CapabilityCalibrationResult Fit(IEnumerable<FrontierModel> rows, AlgorithmicProgressParameters? progress = null)
    {
        progress ??= AlgorithmicProgressParameters.Default;
        var used = Selection(rows).ToArray();
        if (used.Length < 3)
            throw new CalibrationDataException(
                $"need at least 3 rows with reasoning false, train_flop known and release_year before {ReleasedBefore} to fit 2 parameters; got {used.Length}");
        var x = used.Select(r => Math.Log10(EffectiveCompute(r, progress))).ToArray();
        var y = used.Select(r => r.Eci).ToArray();
        int n = x.Length;
        double meanX = x.Average();
        double sxx = x.Sum(v => (v - meanX) * (v - meanX));
        if (!(sxx > 0)) throw new CalibrationDataException("the fitted rows all have the same effective compute; the slope is undefined");

        var (a, b) = MathNet.Numerics.Fit.Line(x, y);
        var fitted = x.Select(v => a + b * v).ToArray();
        double ssRes = y.Zip(fitted, (o, f) => (o - f) * (o - f)).Sum();
        // Textbook OLS standard errors with the unbiased residual variance s² = SSR/(n − 2).
        double s2 = ssRes / (n - 2);
        double seB = Math.Sqrt(s2 / sxx);
        double seA = Math.Sqrt(s2 * (1.0 / n + meanX * meanX / sxx));

        var residuals = used
            .Select((r, i) => new CapabilityResidual(r.Model, r.ReleaseYear, r.TrainFlop!.Value, r.FlopConfidence, Math.Pow(10, x[i]), r.Eci, fitted[i]))
            .OrderBy(r => r.ReleaseYear).ThenBy(r => r.Model, StringComparer.Ordinal)
            .ToArray();
        return new CapabilityCalibrationResult(
            new FittedParameter("a_K", a, seA),
            new FittedParameter("b_K", b, seB),
            GoodnessOfFit.RSquared(fitted, y),
            residuals, ReleasedBefore, ReferenceYear, progress.DoublingMonths);
    }

    /// <summary>RMSE in ECI points of a given index's predictions on the rows the fit would use.</summary>
    public static double Rmse(CapabilityIndex index, IEnumerable<FrontierModel> rows, AlgorithmicProgressParameters? progress = null)
    {
        progress ??= AlgorithmicProgressParameters.Default;
        var errors = Selection(rows).Select(r => r.Eci - index.Pretraining(EffectiveCompute(r, progress))).ToArray();
        if (errors.Length == 0) throw new CalibrationDataException("no rows to evaluate");
        return Math.Sqrt(errors.Average(e => e * e));
    }

    /// <summary>The rows the fit uses: non-reasoning, compute known, released before <see cref="ReleasedBefore"/>.</summary>
    public static IEnumerable<FrontierModel> Selection(IEnumerable<FrontierModel> rows) =>
        rows.Where(r => !r.Reasoning && r.TrainFlop is not null && r.ReleaseYear < ReleasedBefore);

    /// <summary>C·m_c(t): training compute at <see cref="ReferenceYear"/> algorithms.</summary>
    public static double EffectiveCompute(FrontierModel row, AlgorithmicProgressParameters progress) =>
        (row.TrainFlop ?? throw new ArgumentException($"{row.Model}: no training compute", nameof(row)))
        * AlgorithmicProgress.Multiplier(progress, row.ReleaseYear);
}
