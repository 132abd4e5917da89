using System.CommandLine;
using SimCluster.Cli.Outputs;
using SimCluster.Cli.Runs;

namespace SimCluster.Cli;

/// <summary>`simcluster compare`: several scenarios on one embedded silo, strategies side by side.</summary>
public static class CompareCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenarios = new Argument<string[]>("SCENARIO") { Description = "Scenario files (YAML) to compare", Arity = ArgumentArity.OneOrMore };
        var outDir = OutOption.Create("out/compare");
        var seed = SeedOption.CreateRefused();
        var report = ReportOption.Create();
        var set = SetOption.Create(distributions: false);
        var command = new Command("compare",
            "Run several scenarios and put their labs side by side: each lab's capability K (ECI) at 2030, 2040 and 2064, its final " +
            "K and C_eq, the first month at ECI 150/175/200, the month it exhausts its human data and the years that cost it " +
            "(against a twin with unlimited human data), the first month at " +
            "GPQA 70/80/90 and the cumulative energy to get there, and final loss, GPQA, energy and cost. Writes compare.csv, " +
            "compare.json, and each scenario's run outputs in a subfolder named after it. Each --set applies to every scenario.");
        command.Arguments.Add(scenarios);
        command.Options.Add(outDir);
        command.Options.Add(seed);
        command.Options.Add(report);
        command.Options.Add(set);
        var telemetry = TelemetryOption.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            SeedOption.Refuse(result, seed, "compare");
            var loaded = LoadAll(result.GetValue(scenarios)!, SetOption.Get(result, set));
            using var outputs = new OutputDirectory(result.GetValue(outDir) ?? Path.Combine("out", "compare"));

            var rows = new List<ComparisonRow>();
            var runs = new List<(Scenarios.LoadedScenario, Abstractions.RunResult)>();
            var warnings = new List<(string Scenario, Model.Guards.GuardWarning Warning)>();
            await using (var simulation = await Simulation.StartAsync(TelemetryOption.Get(result, telemetry, error), cancellationToken))
                foreach (var scenario in loaded)
                {
                    var run = await simulation.RunAsync(scenario, error, cancellationToken);
                    var staged = RunOutputs.Stage(outputs, scenario, run, scenario.Spec.Name);
                    var dataWall = staged.DataWall.ToDictionary(d => d.Lab, StringComparer.Ordinal);
                    warnings.AddRange(staged.Warnings.Select(w => (scenario.Spec.Name, w)));
                    rows.AddRange(run.Summary.Labs.Select(l => ComparisonRow.From(scenario.Spec.Name, l, dataWall.GetValueOrDefault(l.Lab))));
                    runs.Add((scenario, run));
                }

            CsvOutput.Write(outputs.Stage("compare.csv"), rows);
            File.WriteAllText(outputs.Stage("compare.json"), Json.Write(new { program = ProgramInfo.Version, rows }) + "\n");
            if (result.GetValue(report)) ReportOutputs.StageCompare(outputs, runs, warnings);
            outputs.Commit();

            output.Write(ComparisonTable.Render(rows));
            output.WriteLine();
            output.WriteLine($"wrote compare.csv, compare.json and {string.Join(", ", loaded.Select(s => s.Spec.Name + "/"))} to {outputs.Path}");
            foreach (var (name, w) in warnings) GuardWarnings.Write(error, name, [w]);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<Scenarios.LoadedScenario> LoadAll(IEnumerable<string> paths, IReadOnlyList<Scenarios.Overrides.ScenarioOverride> overrides)
    {
        var loaded = new List<Scenarios.LoadedScenario>();
        var errors = new List<Scenarios.ScenarioError>();
        foreach (string path in paths)
        {
            try { loaded.Add(ScenarioFile.Load(path, overrides: overrides)); }
            catch (ScenarioFileException e) { errors.AddRange(e.Errors); }
        }
        if (errors.Count > 0) throw new ScenarioFileException(errors);
        var duplicate = loaded.GroupBy(s => s.Spec.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new UsageException($"two scenarios are named '{duplicate.Key}' ({string.Join(", ", duplicate.Select(s => s.FileName))}); names label the comparison, so they must differ");
        return loaded;
    }
}
