using System.CommandLine;
using SimCluster.Cli.Outputs;
using SimCluster.Cli.Runs;
using SimCluster.Model.Backtest;
using SimCluster.Model.Calibration;
using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Cli;

/// <summary>
/// `simcluster backtest`: a scenario's simulated frontier (the best lab at each step) against a table of real models
/// (<see cref="FrontierBacktest"/>). The scenario runs once, as `run` runs it (replicate 0, its seed, the medians of
/// any distributions), on the plain model loop (<see cref="WorldRun"/>): the grains give the same rows (tested), and a
/// backtest needs neither a silo nor the run's files.
/// </summary>
public static class BacktestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "Scenario file (YAML; see scenarios/README.md)" };
        var data = new Option<string?>("--data")
        {
            Description = "Table of real models, any CSV with the columns " + string.Join(", ", FrontierCalibrationTable.Columns) +
                          " (empty train_flop or gpqa_diamond: that model is left out of that comparison) " +
                          $"[default: ${FrontierTableInput.PathVariable}, else shared/data/frontier-calibration.csv in a parent folder]",
            HelpName = "csv",
        };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON instead of the tables (nothing else on stdout)" };
        var outDir = OutOption.Create("none: nothing is written; with a folder, backtest.json, backtest.csv, backtest.png and backtest-gpqa.png");
        var set = SetOption.Create(distributions: false);
        var command = new Command("backtest",
            "Compare a scenario's simulated frontier (the best lab at each step) with real models: each model that set an ECI or GPQA " +
            "Diamond record on release, inside the run's years, against the simulated frontier in service on its release date " +
            "(residual, RMSE, bias, largest miss); the first dates at GPQA 70 and 80; and the largest training run per year, real " +
            "against simulated, with its training power. Runs the scenario once (its seed, medians of any distributions).");
        command.Arguments.Add(scenario);
        command.Options.Add(data);
        command.Options.Add(json);
        command.Options.Add(outDir);
        command.Options.Add(set);
        command.SetAction(result =>
        {
            var loaded = ScenarioFile.Load(result.GetValue(scenario)!, overrides: SetOption.Get(result, set));
            var (path, table) = FrontierTableInput.Fit(result.GetValue(data), models => models);
            IReadOnlyList<TrajectoryRow> rows;
            try
            {
                rows = WorldRun.RunAll(loaded.Spec).Labs;
            }
            catch (ScenarioRunException e)
            {
                throw new UsageException(RunError.Line(loaded.FileName, e));
            }
            var frontier = SimulatedFrontier.Of(rows);
            var backtest = FrontierBacktest.Compare(frontier, rows, table);
            var document = BacktestDocument.From(loaded, path, backtest);

            IReadOnlyList<string> files = [];
            string? written = null;
            if (result.GetValue(outDir) is { } dir)
            {
                using var outputs = new OutputDirectory(dir);
                BacktestOutputs.Stage(outputs, document, backtest, frontier, table);
                files = outputs.Commit();
                written = outputs.Path;
            }

            if (result.GetValue(json))
            {
                output.WriteLine(Json.Write(document));
                return ExitCodes.Ok;
            }
            output.WriteLine(RunHeader.Line(loaded.Spec));
            output.WriteLine($"against {Path.GetFileName(path)}: {table.Count} models; compared: the record setters released between the ends of the first and last steps " +
                             $"({Format.YearMonth(backtest.FirstYear)} to {Format.YearMonth(backtest.LastYear)}), each against the best lab's model in service on its release date");
            output.WriteLine();
            output.Write(BacktestTables.Render(backtest));
            if (written is not null)
            {
                output.WriteLine();
                output.WriteLine($"wrote {string.Join(", ", files.Select(Path.GetFileName))} to {written}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
