using System.CommandLine;
using SimCluster.Model.Calibration;

namespace SimCluster.Cli;

/// <summary>
/// `simcluster calibrate`: fits the loss-to-GPQA mapping to the calibration table (docs/model.md §13), or with
/// --capability the capability index on the ECI scale to frontier-calibration.csv (docs/model.md §18), or with
/// --post-training the RL, test-time and distillation constants to the same table (docs/model.md §18.1), or with
/// --readouts the benchmark readouts of K (docs/model.md §19).
/// </summary>
public static class CalibrateCommand
{
    /// <summary>The table shipped with the program (a copy of data/gpqa-calibration.csv).</summary>
    public static string DefaultDataPath => Path.Combine(AppContext.BaseDirectory, "data", "gpqa-calibration.csv");

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var data = new Option<string?>("--data") { Description = "Calibration CSV (columns: " + string.Join(", ", CalibrationTable.Columns) + ") [default: the shipped data/gpqa-calibration.csv]", HelpName = "csv" };
        var constants = ConstantsOption.Create();
        var noPrior = new Option<bool>("--no-slope-prior") { Description = "Fit the table alone, without the published +12 GPQA points per 10x compute (1e24-1e27 FLOP) as an extra observation" };
        var capability = new Option<bool>("--capability")
        {
            Description = "Fit instead the capability index K_pre = a_K + b_K·log10(C_eq) on the ECI scale (docs/model.md §18) to frontier-calibration.csv " +
                          $"[default data: ${FrontierTableInput.PathVariable}, else shared/data/frontier-calibration.csv in a parent folder]",
        };
        var postTraining = new Option<bool>("--post-training")
        {
            Description = "Fit instead the post-training constants (RL midpoint rho, test-time gamma_K, distillation f_d; docs/model.md §18.1) to named models " +
                          "in frontier-calibration.csv, beside the model's defaults [default data: as for --capability]",
        };
        var readouts = new Option<bool>("--readouts")
        {
            Description = "Show instead where each benchmark readout of K comes from (docs/model.md §19): the GPQA Diamond fit to frontier-calibration.csv " +
                          "beside its defaults, the other readouts' constants and sources, and the milestones [default data: as for --capability]",
        };
        var json = new Option<bool>("--json") { Description = "Print JSON: mapping, parameters, r2, rmse, residuals, and the alternative plain-loss fit" };
        var command = new Command("calibrate",
            "Fit the loss-to-GPQA mapping (docs/model.md §12-13) by nonlinear least squares: parameters with standard errors, R², residual per model. " +
            "Also fits the seeds' plain-loss form for comparison.");
        command.Options.Add(data);
        command.Options.Add(constants);
        command.Options.Add(noPrior);
        command.Options.Add(capability);
        command.Options.Add(postTraining);
        command.Options.Add(readouts);
        command.Options.Add(json);
        command.SetAction(result =>
        {
            if (result.GetValue(readouts))
            {
                // Like --capability, it reads the frontier table alone: refuse options it would ignore.
                if (result.GetValue(capability) || result.GetValue(postTraining))
                    throw new UsageException("--readouts, --capability and --post-training are separate fits; pass one");
                if (result.GetResult(constants) is { Implicit: false } || result.GetValue(noPrior))
                    throw new UsageException("--readouts does not take --constants or --no-slope-prior");
                output.WriteLine(ReadoutCalibrationOutput.Run(result.GetValue(data), result.GetValue(json)));
                return ExitCodes.Ok;
            }
            if (result.GetValue(postTraining))
            {
                // Like --capability, it reads the frontier table alone: refuse options it would ignore.
                if (result.GetValue(capability)) throw new UsageException("--post-training and --capability are separate fits; pass one");
                if (result.GetResult(constants) is { Implicit: false } || result.GetValue(noPrior))
                    throw new UsageException("--post-training does not take --constants or --no-slope-prior");
                output.WriteLine(PostTrainingCalibrationOutput.Run(result.GetValue(data), result.GetValue(json)));
                return ExitCodes.Ok;
            }
            if (result.GetValue(capability))
            {
                // The capability fit needs no loss law and no GPQA slope prior: refuse options it would ignore.
                if (result.GetResult(constants) is { Implicit: false } || result.GetValue(noPrior))
                    throw new UsageException("--capability does not take --constants or --no-slope-prior");
                output.WriteLine(CapabilityCalibrationOutput.Run(result.GetValue(data), result.GetValue(json)));
                return ExitCodes.Ok;
            }
            string path = result.GetValue(data) ?? DefaultDataPath;
            var points = Load(path);
            var c = ConstantsOption.Get(result, constants);
            CalibrationResult design, plain;
            try
            {
                var prior = result.GetValue(noPrior) ? null : SlopePrior.Epoch2025;
                design = GpqaCalibrator.Fit(points, c, MappingForm.LossGap, prior);
                plain = GpqaCalibrator.Fit(points, c, MappingForm.PlainLoss, prior);
            }
            catch (CalibrationDataException e)
            {
                throw new UsageException($"{path}: {e.Message}");
            }
            output.WriteLine(result.GetValue(json) ? Json.Write(ToJson(design, plain, path)) : Render(design, plain, path));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<CalibrationPoint> Load(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"--data: file not found: {path}");
        try
        {
            using var reader = new StreamReader(path);
            return CalibrationTable.Parse(reader, path);
        }
        catch (CalibrationDataException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private sealed record FitJson(string Mapping, string Constants, bool SlopePrior, double SlopePerDecade,
        IEnumerable<FittedParameter> Parameters, double R2, double Rmse, IEnumerable<ResidualJson> Residuals);

    private sealed record ResidualJson(string Model, double Loss, double Observed, double Fitted, double Residual);

    private sealed record CalibrationJson(string Data, string Mapping, string Constants, bool SlopePrior, double SlopePerDecade,
        IEnumerable<FittedParameter> Parameters, double R2, double Rmse, IEnumerable<ResidualJson> Residuals, IEnumerable<FitJson> Alternatives);

    private static FitJson Fit(CalibrationResult r) => new(
        MappingName(r), r.ConstantsName, r.Prior is not null, r.SlopePerDecade, r.Parameters, r.RSquared, r.Rmse,
        r.Residuals.Select(x => new ResidualJson(x.Model, x.Loss, x.Observed, x.Fitted, x.Residual)).ToArray());

    private static CalibrationJson ToJson(CalibrationResult design, CalibrationResult plain, string path)
    {
        var main = Fit(design);
        return new(Path.GetFileName(path), main.Mapping, main.Constants, main.SlopePrior, main.SlopePerDecade,
            main.Parameters, main.R2, main.Rmse, main.Residuals, [Fit(plain)]);
    }

    private static string MappingName(CalibrationResult r) => r.Form == MappingForm.LossGap ? "loss-gap" : "plain-loss";

    private static string Render(CalibrationResult design, CalibrationResult plain, string path)
    {
        var w = new StringWriter();
        w.WriteLine($"data: {Path.GetFileName(path)}; constants: {design.ConstantsName}; base models only (RL-heavy rows and rows without compute left out)");
        w.WriteLine(design.Prior is { } prior
            ? $"slope prior: {Format.Sig(prior.PointsPerDecade)} ± {Format.Sig(prior.StandardError)} GPQA points per 10x compute, {Format.Sig(prior.FromFlop)}-{Format.Sig(prior.ToFlop)} FLOP (Epoch AI); table scores ± {Format.Sig(SlopePrior.PointStandardError)} points"
            : "slope prior: off (table only)");
        foreach (var (title, r) in new[] { ("G = 25 + 75/(1 + exp(s·(ln(L−E) − ln ℓ_mid)))  [design, default]", design), ("G = 100/(1 + exp(−g·(L0 − L)))  [seeds' plain-loss form]", plain) })
        {
            w.WriteLine();
            w.WriteLine(title);
            foreach (var p in r.Parameters)
                w.WriteLine($"  {p.Name,-20} {Format.Sig(p.Value),12} ± {Format.Sig(p.StandardError)}");
            w.WriteLine($"  R² {Format.Fixed(r.RSquared, 3)}   RMSE {Format.Fixed(r.Rmse, 2)} points   slope {Format.Fixed(r.SlopePerDecade, 1)} points per 10x compute");
            w.WriteLine($"  {"model",-16} {"loss",7} {"GPQA",6} {"fitted",7} {"resid",6}");
            foreach (var x in r.Residuals)
                w.WriteLine($"  {x.Model,-16} {Format.Fixed(x.Loss, 4),7} {Format.Fixed(x.Observed, 1),6} {Format.Fixed(x.Fitted, 1),7} {Format.Fixed(x.Residual, 1),6}");
        }
        return w.ToString().TrimEnd();
    }
}
