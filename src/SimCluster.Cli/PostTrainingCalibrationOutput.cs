using SimCluster.Model.Calibration;

namespace SimCluster.Cli;

/// <summary>
/// `simcluster calibrate --post-training`: reads frontier-calibration.csv (found as for --capability), fits the RL
/// midpoint ρ, the test-time slope γ_K and the distillation share f_d (docs/model.md §18.1), checks the o1 pairs, and
/// prints each fitted constant beside the model's default, with residuals per model.
/// </summary>
public static class PostTrainingCalibrationOutput
{
    /// <summary>Fits and renders; user errors become <see cref="UsageException"/>.</summary>
    public static string Run(string? dataPath, bool json)
    {
        var (path, fit) = FrontierTableInput.Fit(dataPath, rows => PostTrainingCalibrator.Fit(rows));
        return json ? Json.Write(ToJson(fit, path)) : Render(fit, path);
    }

    private sealed record ConstantJson(string Name, double Fitted, double Default);

    private sealed record RlJson(string Equation, ConstantJson MidpointRatio, double Headroom, double Steepness, string BaseModel, string ReasonerModel,
        double BaseEci, double ReasonerEci, double PretrainFlop, double RlFlop, double Efficiency, double Gain,
        double FittedGain, double Residual, double DefaultGain, double DefaultResidual);

    private sealed record RlCheckJson(string BaseModel, string ReasonerModel, double ReleaseYear, double Gain, double Headroom, bool BelowHeadroom,
        double Efficiency, double? ImpliedRlToPretrainRatio);

    private sealed record PointJson(string Model, double BudgetTokens, double Tau, double Eci, double Gain, double Fitted, double Residual, double DefaultResidual);

    private sealed record TestTimeJson(string Equation, ConstantJson EciPerDecade, string BaseModel, double BaseEci, double AnswerTokens,
        IEnumerable<PointJson> Points, double Rmse, double DefaultRmse);

    private sealed record PairJson(string Student, string Teacher, double StudentPretrainEci, string PretrainSource, double TeacherEci, double StudentEci,
        double Lead, double Gain, double Fitted, double Residual, double DefaultResidual);

    private sealed record DistillationJson(string Equation, ConstantJson Fraction, double Unconstrained, IEnumerable<PairJson> Pairs, double Rmse, double DefaultRmse);

    private sealed record PostTrainingJson(string Data, double ReleasedBefore, RlJson Rl, IEnumerable<RlCheckJson> RlChecks, TestTimeJson TestTime, DistillationJson Distillation);

    private static PostTrainingJson ToJson(PostTrainingCalibrationResult r, string path)
    {
        var rl = r.Rl;
        var tt = r.TestTime;
        var d = r.Distillation;
        return new(Path.GetFileName(path), r.ReleasedBefore,
            new RlJson("dK_rl = H_0*x^B/(1+x^B), x = RL*m_rl/(rho*C_pre)", new ConstantJson("rho", rl.MidpointRatio, rl.DefaultMidpointRatio),
                rl.Headroom, rl.Steepness, rl.BaseModel, rl.ReasonerModel, rl.BaseEci, rl.ReasonerEci, rl.PretrainFlop, rl.RlFlop, rl.Efficiency,
                rl.Gain, rl.FittedGain, rl.Residual, rl.DefaultGain, rl.DefaultResidual),
            r.RlChecks.Select(c => new RlCheckJson(c.BaseModel, c.ReasonerModel, c.ReleaseYear, c.Gain, c.Headroom, c.BelowHeadroom, c.Efficiency, c.ImpliedRatio)).ToArray(),
            new TestTimeJson("dK_tt = gamma_K*log10(tau)", new ConstantJson("gamma_K", tt.EciPerDecade, tt.DefaultEciPerDecade), tt.BaseModel, tt.BaseEci, tt.AnswerTokens,
                tt.Points.Select(p => new PointJson(p.Model, p.BudgetTokens, p.Tau, p.Eci, p.Gain, p.Predicted(tt.EciPerDecade), p.Residual(tt.EciPerDecade),
                    p.Residual(tt.DefaultEciPerDecade))).ToArray(),
                tt.Rmse, tt.DefaultRmse),
            new DistillationJson("dK_distill = f_d*max(0, K_teacher - K_pre), saturation taken as 1", new ConstantJson("f_d", d.Fraction, d.DefaultFraction), d.Unconstrained,
                d.Pairs.Select(p => new PairJson(p.Student, p.Teacher, p.StudentPretrainEci, p.PretrainSource, p.TeacherEci, p.StudentEci, p.Lead, p.Gain,
                    p.Predicted(d.Fraction), p.Residual(d.Fraction), p.Residual(d.DefaultFraction))).ToArray(),
                d.Rmse, d.DefaultRmse));
    }

    private static string Render(PostTrainingCalibrationResult r, string path)
    {
        var w = new StringWriter();
        w.WriteLine($"data: {Path.GetFileName(path)}; named models released before {Format.Date(r.ReleasedBefore)}, published ECI; gains are ECI differences");

        var rl = r.Rl;
        w.WriteLine();
        w.WriteLine($"RL midpoint: dK_rl = H_0*x^B/(1+x^B), x = RL*m_rl/(rho*C_pre); H_0 = {Format.Sig(rl.Headroom)} and B = {Format.Sig(rl.Steepness)} held");
        w.WriteLine($"  {rl.BaseModel} -> {rl.ReasonerModel}: C_pre {rl.PretrainFlop:0.00e+00} FLOP, RL {rl.RlFlop:0.00e+00} FLOP (the difference of their train_flop), m_rl({Format.Date(rl.ReleaseYear)}) {Format.Fixed(rl.Efficiency, 3)}");
        w.WriteLine($"  {"constant",-8} {"fitted",8} {"default",8}");
        w.WriteLine($"  {"rho",-8} {Format.Fixed(rl.MidpointRatio, 3),8} {Format.Fixed(rl.DefaultMidpointRatio, 3),8}   default {Format.Fixed(100 * rl.DefaultRelativeDifference, 1)}% from the fit");
        w.WriteLine($"  {"model",-22} {"base",7} {"ECI",7} {"gain",6} {"fitted",6} {"resid",6} {"default",7} {"resid",6}");
        w.WriteLine($"  {rl.ReasonerModel,-22} {Format.Fixed(rl.BaseEci, 2),7} {Format.Fixed(rl.ReasonerEci, 2),7} {Format.Fixed(rl.Gain, 2),6} " +
                    $"{Format.Fixed(rl.FittedGain, 2),6} {Format.Fixed(rl.Residual, 2),6} {Format.Fixed(rl.DefaultGain, 2),7} {Format.Fixed(rl.DefaultResidual, 2),6}");
        w.WriteLine("  one pair, one constant: reproduced exactly by construction; the default's residual is the check");

        w.WriteLine();
        w.WriteLine($"RL checks (not fits; RL compute not public): RL/C_pre the defaults need; a gain must stay below H_0 = {Format.Sig(rl.Headroom)}");
        w.WriteLine($"  {"model",-22} {"base",-18} {"release",8} {"gain",6} {"< H_0",5} {"m_rl",6} {"RL/C_pre",8}");
        foreach (var c in r.RlChecks)
            w.WriteLine($"  {c.ReasonerModel,-22} {c.BaseModel,-18} {Format.Date(c.ReleaseYear),8} {Format.Fixed(c.Gain, 2),6} {(c.BelowHeadroom ? "yes" : "NO"),5} " +
                        $"{Format.Fixed(c.Efficiency, 3),6} {(c.ImpliedRatio is { } q ? Format.Fixed(q, 3) : "none"),8}");

        var tt = r.TestTime;
        w.WriteLine();
        w.WriteLine($"Test time: dK_tt = gamma_K*log10(tau), tau = budget/{Format.Sig(tt.AnswerTokens)} answer tokens (assumption); least squares through the origin");
        w.WriteLine($"  base {tt.BaseModel} (no thinking) ECI {Format.Fixed(tt.BaseEci, 2)}");
        w.WriteLine($"  {"constant",-8} {"fitted",8} {"default",8}");
        w.WriteLine($"  {"gamma_K",-8} {Format.Fixed(tt.EciPerDecade, 3),8} {Format.Fixed(tt.DefaultEciPerDecade, 3),8}");
        w.WriteLine($"  {"model",-34} {"budget",7} {"tau",4} {"ECI",7} {"gain",6} {"fitted",6} {"resid",6} {"default resid",13}");
        foreach (var p in tt.Points)
            w.WriteLine($"  {p.Model,-34} {p.BudgetTokens,7:0} {Format.Sig(p.Tau),4} {Format.Fixed(p.Eci, 2),7} {Format.Fixed(p.Gain, 2),6} " +
                        $"{Format.Fixed(p.Predicted(tt.EciPerDecade), 2),6} {Format.Fixed(p.Residual(tt.EciPerDecade), 2),6} {Format.Fixed(p.Residual(tt.DefaultEciPerDecade), 2),13}");
        w.WriteLine($"  RMSE {Format.Fixed(tt.Rmse, 3)} ECI (default {Format.Fixed(tt.DefaultRmse, 3)})");

        var d = r.Distillation;
        w.WriteLine();
        w.WriteLine("Distillation: dK_distill = f_d*(1 - e^(-T/T_d))*max(0, K_teacher - K_pre), saturation taken as 1 (assumption); least squares through the origin");
        w.WriteLine($"  {"constant",-8} {"fitted",8} {"default",8}");
        w.WriteLine($"  {"f_d",-8} {Format.Fixed(d.Fraction, 3),8} {Format.Fixed(d.DefaultFraction, 3),8}   unconstrained {Format.Fixed(d.Unconstrained, 3)} (the model caps f_d at 1)");
        w.WriteLine($"  {"student",-18} {"teacher",-18} {"K_pre",7} {"teacher",7} {"ECI",7} {"lead",6} {"gain",6} {"fitted",6} {"resid",6} {"default resid",13}  K_pre from");
        foreach (var p in d.Pairs)
            w.WriteLine($"  {p.Student,-18} {p.Teacher,-18} {Format.Fixed(p.StudentPretrainEci, 2),7} {Format.Fixed(p.TeacherEci, 2),7} {Format.Fixed(p.StudentEci, 2),7} " +
                        $"{Format.Fixed(p.Lead, 2),6} {Format.Fixed(p.Gain, 2),6} {Format.Fixed(p.Predicted(d.Fraction), 2),6} {Format.Fixed(p.Residual(d.Fraction), 2),6} " +
                        $"{Format.Fixed(p.Residual(d.DefaultFraction), 2),13}  {p.PretrainSource}");
        w.WriteLine($"  RMSE {Format.Fixed(d.Rmse, 3)} ECI (default {Format.Fixed(d.DefaultRmse, 3)})");
        return w.ToString().TrimEnd();
    }
}
