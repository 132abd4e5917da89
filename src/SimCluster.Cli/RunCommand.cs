using System.CommandLine;
using SimCluster.Cli.Outputs;
using SimCluster.Cli.Runs;

namespace SimCluster.Cli;

/// <summary>`simcluster run`: one scenario on an embedded silo, with the outputs of docs/model.md §15.</summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "Scenario file (YAML; see scenarios/README.md)" };
        var outDir = OutOption.Create("out/<scenario name>");
        var seed = SeedOption.CreateRefused();
        var report = ReportOption.Create();
        var set = SetOption.Create(distributions: false);
        var command = new Command("run",
            "Run one scenario month by month on an embedded single-machine silo (no server needed). Writes trajectories.csv, " +
            "sources.csv, scenario.resolved.yaml and summary.json, and prints a summary per lab and the years each lost to the " +
            "data wall (against a twin of the run with unlimited human data).");
        command.Arguments.Add(scenario);
        command.Options.Add(outDir);
        command.Options.Add(seed);
        command.Options.Add(report);
        command.Options.Add(set);
        var telemetry = TelemetryOption.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            SeedOption.Refuse(result, seed, "a run");
            var loaded = ScenarioFile.Load(result.GetValue(scenario)!, overrides: SetOption.Get(result, set));
            string dir = result.GetValue(outDir) ?? Path.Combine("out", loaded.Spec.Name);
            using var outputs = new OutputDirectory(dir);

            await using var simulation = await Simulation.StartAsync(TelemetryOption.Get(result, telemetry, error), cancellationToken);
            var run = await simulation.RunAsync(loaded, error, cancellationToken);
            var staged = RunOutputs.Stage(outputs, loaded, run);
            if (result.GetValue(report)) ReportOutputs.StageRun(outputs, loaded, run, staged.Warnings);
            var files = outputs.Commit();

            output.WriteLine(RunHeader.Line(loaded.Spec));
            if (MediansNote.For(loaded.Spec) is { } note) output.WriteLine(note);
            output.WriteLine();
            output.Write(SummaryTable.Render(run.Summary));
            output.WriteLine();
            output.Write(DataWallTable.Render(run.Summary, staged.DataWall));
            output.WriteLine();
            output.WriteLine($"wrote {string.Join(", ", files.Select(Path.GetFileName))} to {outputs.Path}");
            GuardWarnings.Write(error, loaded.Spec.Name, staged.Warnings);
            return ExitCodes.Ok;
        });
        return command;
    }
}
