using SimCluster.Model.Calibration;

namespace SimCluster.Cli;

/// <summary>
/// `simcluster calibrate --capability`: fits the capability index
/// (docs/model.md §18) and prints it as text or JSON.
/// </summary>
public static class CapabilityCalibrationOutput
{
    /// <summary>Fits and renders; user errors become <see cref="UsageException"/>.</summary>
    public static string Run(string? dataPath, bool json)
    {
        var (path, fit) = FrontierTableInput.Fit(dataPath, rows => CapabilityCalibrator.Fit(rows));
        return json ? Json.Write(ToJson(fit, path)) : Render(fit, path);
    }

    private sealed record ResidualJson(string Model, double ReleaseYear, double TrainFlop, string FlopConfidence,
        double EffectiveFlop, double Observed, double Fitted, double Residual);

    private sealed record CapabilityJson(string Data, string Equation, double ReleasedBefore, double ReferenceYear, double DoublingMonths,
        int N, IEnumerable<FittedParameter> Parameters, double R2, double Rmse, IEnumerable<ResidualJson> Residuals);

    private static CapabilityJson ToJson(CapabilityCalibrationResult r, string path) => new(
        Path.GetFileName(path), "K_pre = a_K + b_K*log10(C_eq)", r.ReleasedBefore, r.ReferenceYear, r.DoublingMonths, r.Count,
        [r.Intercept, r.Slope], r.RSquared, r.Rmse,
        r.Residuals.Select(x => new ResidualJson(x.Model, x.ReleaseYear, x.TrainFlop, x.FlopConfidence.ToString(), x.EffectiveFlop,
            x.Observed, x.Fitted, x.Residual)).ToArray());

    private static string Render(CapabilityCalibrationResult r, string path)
    {
        var w = new StringWriter();
        w.WriteLine($"data: {Path.GetFileName(path)}; non-reasoning models with training compute, released before {Format.Date(r.ReleasedBefore)}; all flop_confidence levels, unweighted");
        w.WriteLine($"C_eq = training FLOP x m_c(release), m_c = 1 in {Format.Date(r.ReferenceYear)}, doubling every {Format.Sig(r.DoublingMonths)} months then (the simulator's algorithmic progress)");
        w.WriteLine();
        w.WriteLine("K_pre = a_K + b_K*log10(C_eq)  [ECI scale]");
        foreach (var p in new[] { r.Intercept, r.Slope })
            w.WriteLine($"  {p.Name,-4} {Format.Fixed(p.Value, 3),10} ± {Format.Fixed(p.StandardError, 3)}");
        w.WriteLine($"  n {r.Count}   R² {Format.Fixed(r.RSquared, 3)}   RMSE {Format.Fixed(r.Rmse, 2)} ECI");
        w.WriteLine();
        w.WriteLine($"  {"model",-34} {"release",8} {"train FLOP",10} {"conf",-11} {"C_eq",9} {"ECI",6} {"fitted",6} {"resid",6}");
        foreach (var x in r.Residuals)
            w.WriteLine($"  {x.Model,-34} {Format.Date(x.ReleaseYear),8} {x.TrainFlop,10:0.00e+00} {x.FlopConfidence,-11} {x.EffectiveFlop,9:0.0e+00} " +
                        $"{Format.Fixed(x.Observed, 1),6} {Format.Fixed(x.Fitted, 1),6} {Format.Fixed(x.Residual, 1),6}");
        return w.ToString().TrimEnd();
    }
}
