using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using SimCluster.Model.Readouts;

namespace SimCluster.Model.Calibration;

/// <summary>
/// Fits a logistic readout r(K) = floor + (ceiling − floor)·σ(α·(K − D)) to (ECI, score) points by unweighted nonlinear
/// least squares (MathNet's Levenberg-Marquardt), with the floor held (a benchmark's chance level) and the ceiling either
/// fitted or held. Standard errors are the usual asymptotic ones, s²·(JᵀJ)⁻¹ with s² = RSS/(n − p), J the Jacobian of
/// the fitted scores at the solution.
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
        var solution = solver.FindMinimum(objective, Vector<double>.Build.DenseOfArray(start)).MinimizingPoint.ToArray();

        var readout = Build(solution);
        var residuals = points.Select(pt => new ReadoutResidual(pt.Model, pt.Eci, pt.Score, readout.Score(pt.Eci))).ToArray();
        double rss = residuals.Sum(r => r.Residual * r.Residual);
        double mean = points.Average(pt => pt.Score);
        double tss = points.Sum(pt => (pt.Score - mean) * (pt.Score - mean));
        var se = StandardErrors(Build, solution, points, rss / (points.Count - p));

        var parameters = new List<FittedParameter> { new("slope_alpha", solution[0], se[0]), new("difficulty_d", solution[1], se[1]) };
        if (freeCeiling) parameters.Add(new("ceiling", solution[2], se[2]));
        return new ReadoutFit(readout, parameters, !freeCeiling, 1 - rss / tss, Math.Sqrt(rss / points.Count), residuals);
    }

    // s²·(JᵀJ)⁻¹ with a central-difference Jacobian. A singular or near-singular JᵀJ (a parameter the data cannot pin,
    // such as a ceiling far above every score) shows as a huge or non-finite standard error, which is what the caller
    // needs to see.
    private static double[] StandardErrors(Func<IReadOnlyList<double>, LogisticReadout> build, double[] q,
        IReadOnlyList<ReadoutPoint> points, double residualVariance)
    {
        var j = Matrix<double>.Build.Dense(points.Count, q.Length);
        for (int k = 0; k < q.Length; k++)
        {
            double h = 1e-6 * Math.Max(1, Math.Abs(q[k]));
            var up = (double[])q.Clone(); up[k] += h;
            var down = (double[])q.Clone(); down[k] -= h;
            var rUp = build(up);
            var rDown = build(down);
            for (int i = 0; i < points.Count; i++)
                j[i, k] = (rUp.Score(points[i].Eci) - rDown.Score(points[i].Eci)) / (2 * h);
        }
        var covariance = (j.TransposeThisAndMultiply(j)).Inverse() * residualVariance;
        return Enumerable.Range(0, q.Length).Select(k => Math.Sqrt(covariance[k, k])).ToArray();
    }
}
