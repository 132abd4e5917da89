using System.CommandLine;
using SimCluster.Cli.Runs;

namespace SimCluster.Cli;

/// <summary>`simcluster validate`: checks scenario files without running them.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var scenarios = new Argument<string[]>("SCENARIO") { Description = "Scenario files (YAML)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate",
            "Check scenario files without running them: syntax, keys, types, required fields, ranges, shares, references. " +
            "Prints every error as file:line:column: field: message and exits with code 2 if any.");
        command.Arguments.Add(scenarios);
        command.SetAction(result =>
        {
            var errors = new List<Scenarios.ScenarioError>();
            foreach (string path in result.GetValue(scenarios)!)
            {
                try
                {
                    var s = ScenarioFile.Load(path).Spec;
                    output.WriteLine($"ok: {path}: '{s.Name}', {s.Labs.Count} labs, {s.Clusters.Count} clusters, {s.Sources.Count} sources, {s.Steps} steps");
                }
                catch (ScenarioFileException e)
                {
                    errors.AddRange(e.Errors);
                }
            }
            if (errors.Count > 0) throw new ScenarioFileException(errors);
            return ExitCodes.Ok;
        });
        return command;
    }
}
