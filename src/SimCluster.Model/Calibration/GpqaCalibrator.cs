using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using SimCluster.Model.Capability;
using SimCluster.Model.Progress;
using SimCluster.Model.Scaling;

namespace SimCluster.Model.Calibration;

/// <summary>
/// Fits a loss-to-GPQA mapping to published base models by weighted nonlinear least squares
/// (MathNet's Levenberg-Marquardt; docs/model.md §13). Each model's loss comes from the loss law at its (N, D),
/// seen through the algorithmic-progress multiplier of its release year relative to 2024, the same way the
/// simulator computes a lab's loss; RL-heavy models and models of unknown compute are left out. An optional
/// <see cref="SlopePrior"/> adds the published GPQA-per-decade slope as one more observation.
/// </summary>
public static class GpqaCalibrator
{
    /// <summary>The reference year of the fit's algorithmic progress (the design's default t0).</summary>
    public const double ReferenceYear = World.CalendarAnchor.Year;

    /// <summary>Fits <paramref name="form"/> to the base-model points of <paramref name="points"/>.</summary>
    public static CalibrationResult Fit(IEnumerable<CalibrationPoint> points, LossConstants constants, MappingForm form,
        SlopePrior? prior = null, AlgorithmicProgressParameters? progress = null)
    {
        progress ??= AlgorithmicProgressParameters.Default;
        var basePoints = points.Where(p => p.IsBaseModelPoint).ToArray();
        if (basePoints.Length < 3)
            throw new CalibrationDataException($"need at least 3 base-model rows (rl_heavy false, train_flop known) to fit 2 parameters; got {basePoints.Length}");
        var losses = basePoints.Select(p => LossOf(p, constants, progress)).ToArray();
        var scores = basePoints.Select(p => p.Gpqa).ToArray();

        Func<double[], IGpqaMapping> build = form == MappingForm.LossGap
            // (s, ln ℓ_mid): the log keeps ℓ_mid positive and the problem well conditioned.
            ? p => new LossGapGpqaMapping(p[0], Math.Exp(p[1]), constants.E)
            : p => new PlainLossGpqaMapping(p[0], p[1]);
        double[] guess = form == MappingForm.LossGap
            ? [3.0, losses.Average(l => Math.Log(l - constants.E))]
            : [10.0, losses.Average()];

        var result = Solve(build, losses, scores, guess, constants, prior);
        var p = result.MinimizingPoint;
        var se = result.StandardErrors;
        var mapping = build([p[0], p[1]]);
        FittedParameter[] parameters = form == MappingForm.LossGap
            ?
            [
                new("steepness_s", p[0], se[0]),
                // Delta method: se(ℓ) = ℓ·se(ln ℓ).
                new("midpoint_gap_nats", Math.Exp(p[1]), Math.Exp(p[1]) * se[1]),
            ]
            : [new("slope_g_per_nat", p[0], se[0]), new("midpoint_loss_nats", p[1], se[1])];

        var residuals = basePoints.Select((pt, i) => new CalibrationResidual(pt.Model, losses[i], scores[i], mapping.Gpqa(losses[i]))).ToArray();
        double mean = scores.Average();
        double ssTot = scores.Sum(s => (s - mean) * (s - mean));
        double ssRes = residuals.Sum(r => r.Residual * r.Residual);
        return new CalibrationResult(form, constants.Name, parameters, 1 - ssRes / ssTot, residuals, mapping,
            SlopePerDecade(mapping, constants, prior ?? SlopePrior.Epoch2025), prior);
    }

    /// <summary>Mean base-model GPQA gain per 10x compute-optimal compute over the prior's range, at m = 1.</summary>
    public static double SlopePerDecade(IGpqaMapping mapping, LossConstants constants, SlopePrior range)
    {
        double g0 = mapping.Gpqa(ChinchillaLaw.OptimalLoss(constants, range.FromFlop));
        double g1 = mapping.Gpqa(ChinchillaLaw.OptimalLoss(constants, range.ToFlop));
        return (g1 - g0) / Math.Log10(range.ToFlop / range.FromFlop);
    }

    /// <summary>The loss the simulator would give this model.</summary>
    public static double LossOf(CalibrationPoint p, LossConstants constants, AlgorithmicProgressParameters progress)
    {
        var (n, d) = p.ResolveSize(constants);
        double m = AlgorithmicProgress.Multiplier(progress, p.ReleaseYear);
        return ChinchillaLaw.Loss(constants.WithProgress(m, progress.DataEfficiencyShare), n, d);
    }

    private static NonlinearMinimizationResult Solve(Func<double[], IGpqaMapping> build, double[] losses, double[] scores,
        double[] guess, LossConstants constants, SlopePrior? prior)
    {
        // Observations are indexed: 0..n-1 the table's scores, n the prior's slope (if any).
        int n = losses.Length;
        int count = prior is null ? n : n + 1;
        var x = Vector<double>.Build.Dense(count, i => i);
        var y = Vector<double>.Build.Dense(count, i => i < n ? scores[i] : prior!.PointsPerDecade);
        double pointWeight = prior is null ? 1 : 1 / (SlopePrior.PointStandardError * SlopePrior.PointStandardError);
        var w = Vector<double>.Build.Dense(count, i => i < n ? pointWeight : 1 / (prior!.StandardError * prior.StandardError));
        Vector<double> Model(Vector<double> p, Vector<double> xs)
        {
            var mapping = build([p[0], p[1]]);
            return Vector<double>.Build.Dense(xs.Count, i =>
                i < n ? mapping.Gpqa(losses[i]) : SlopePerDecade(mapping, constants, prior!));
        }
        var objective = ObjectiveFunction.NonlinearModel(Model, x, y, w, accuracyOrder: 6);
        var solver = new LevenbergMarquardtMinimizer(maximumIterations: 10_000);
        return solver.FindMinimum(objective, Vector<double>.Build.DenseOfArray(guess));
    }
}
