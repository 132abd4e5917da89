using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using SimCluster.Model.Readouts;

namespace SimCluster.Model.Calibration;

/// <summary>
/// Fits a logistic readout r(K) = floor + (ceiling − floor)·σ(α·(K − D)) to (ECI, score) points by unweighted nonlinear
/// least squares (MathNet's Levenberg-Marquardt), with the floor held (a benchmark's chance level) and the ceiling either
/// fitted or held. Standard errors are MathNet's asymptotic ones, s²·(JᵀJ)⁻¹ with s² = RSS/(n − p), as for the GPQA mapping
/// (<see cref="GpqaCalibrator"/>).
/// </summary>
public static class ReadoutCalibrator
{
    /// <summary>
    /// Models released before this date calibrate the capability model; later ones judge it (the history back-test),
    /// so the readout fit uses the same cut.
    /// </summary>
    public const double CalibrationCutoffYear = 2025.25;

    /// <summary>
    /// The GPQA Diamond points of the table: rows with a GPQA Diamond score released before
    /// <paramref name="cutoffYear"/>, reasoning or not (a readout maps capability to score whatever produced it).
    /// </summary>
    public static IReadOnlyList<ReadoutPoint> GpqaPoints(IEnumerable<FrontierModel> rows, double cutoffYear = CalibrationCutoffYear) =>
        rows.Where(r => r.GpqaDiamond is not null && r.ReleaseYear < cutoffYear)
            .Select(r => new ReadoutPoint(r.Model, r.Eci, r.GpqaDiamond!.Value))
            .ToArray();

    /// <summary>
    /// Fits α, D and, when <paramref name="fixedCeiling"/> is null, the ceiling; <paramref name="guess"/> supplies the
    /// starting values (its floor is always held, and its ceiling too when <paramref name="fixedCeiling"/> is given).
    /// </summary>
    public static ReadoutFit Fit(IReadOnlyList<ReadoutPoint> points, LogisticReadout guess, double? fixedCeiling = null)
    {
        bool freeCeiling = fixedCeiling is null;
        int p = freeCeiling ? 3 : 2;
        if (points.Count <= p)
            throw new CalibrationDataException($"{guess.Name}: need more than {p} points to fit {p} parameters; got {points.Count}");

        double floor = guess.Floor;
        LogisticReadout Build(IReadOnlyList<double> q) => freeCeiling
            ? guess with { Slope = q[0], Difficulty = q[1], Ceiling = q[2] }
            : guess with { Slope = q[0], Difficulty = q[1], Ceiling = fixedCeiling!.Value };

        var x = Vector<double>.Build.DenseOfEnumerable(points.Select(pt => pt.Eci));
        var y = Vector<double>.Build.DenseOfEnumerable(points.Select(pt => pt.Score));
        Vector<double> Model(Vector<double> q, Vector<double> xs)
        {
            var r = Build(q.ToArray());
            return Vector<double>.Build.Dense(xs.Count, i => r.Score(xs[i]));
        }
        double[] start = freeCeiling ? [guess.Slope, guess.Difficulty, guess.Ceiling] : [guess.Slope, guess.Difficulty];
        var objective = ObjectiveFunction.NonlinearModel(Model, x, y, accuracyOrder: 6);
        var solver = new LevenbergMarquardtMinimizer(maximumIterations: 10_000);
        var result = solver.FindMinimum(objective, Vector<double>.Build.DenseOfArray(start));
        var solution = result.MinimizingPoint.ToArray();

        var readout = Build(solution);
        var residuals = points.Select(pt => new ReadoutResidual(pt.Model, pt.Eci, pt.Score, readout.Score(pt.Eci))).ToArray();
        double rss = residuals.Sum(r => r.Residual * r.Residual);
        double mean = points.Average(pt => pt.Score);
        double tss = points.Sum(pt => (pt.Score - mean) * (pt.Score - mean));
        var se = result.StandardErrors;

        var parameters = new List<FittedParameter> { new("slope_alpha", solution[0], se[0]), new("difficulty_d", solution[1], se[1]) };
        if (freeCeiling) parameters.Add(new("ceiling", solution[2], se[2]));
        return new ReadoutFit(readout, parameters, !freeCeiling, 1 - rss / tss, Math.Sqrt(rss / points.Count), residuals);
    }
}
