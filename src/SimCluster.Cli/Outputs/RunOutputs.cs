using SimCluster.Model.Guards;
using SimCluster.Abstractions;
using SimCluster.Cli.Runs;
using SimCluster.Model.World;
using SimCluster.Scenarios;

namespace SimCluster.Cli.Outputs;

/// <summary>
/// The files of one run (docs/model.md §15): trajectories.csv (a row per lab and step), sources.csv (a row per data source
/// and step), scenario.resolved.yaml (every parameter, the seed, the program version) and summary.json (with the years
/// each lab lost to the data wall), staged last so its presence marks a complete run.
/// </summary>
public static class RunOutputs
{
    /// <summary>The file names, in the order they are written.</summary>
    public static IReadOnlyList<string> Files { get; } = ["trajectories.csv", "sources.csv", "scenario.resolved.yaml", "summary.json"];

    /// <summary>
    /// Stages every file of <paramref name="result"/> into <paramref name="dir"/> (or a subfolder of it), measuring each
    /// lab against its twin without the data wall and checking the sanity guards for summary.json; returns both for the
    /// tables, stderr and the report.
    /// </summary>
    public static StagedRun Stage(OutputDirectory dir, LoadedScenario scenario, RunResult result, string? subfolder = null)
    {
        var dataWall = DataWallRun.Measure(scenario.Spec, result.Summary);
        var warnings = SanityGuards.Check(scenario.Spec, result.Labs);
        foreach (string file in Files)
        {
            using var writer = new StreamWriter(dir.Stage(subfolder is null ? file : Path.Combine(subfolder, file)));
            Write(file, writer, scenario, result, dataWall, warnings);
        }
        return new StagedRun(dataWall, warnings);
    }

    /// <summary>
    /// Writes one of <see cref="Files"/> of a run to <paramref name="writer"/>: the same bytes for <c>run</c> and for the
    /// playground's downloads.
    /// </summary>
    public static void Write(string file, TextWriter writer, LoadedScenario scenario, RunResult result, IReadOnlyList<DataWallResult> dataWall,
        IReadOnlyList<GuardWarning> warnings)
    {
        switch (file)
        {
            case "trajectories.csv": CsvOutput.Write(writer, result.Labs); break;
            case "sources.csv": CsvOutput.Write(writer, result.Sources); break;
            case "scenario.resolved.yaml": writer.Write(ScenarioWriter.Write(scenario.Spec, scenario.Description, ProgramInfo.Version)); break;
            case "summary.json": writer.Write(Json.Write(SummaryDocument.From(scenario, result.Summary, dataWall, warnings)) + "\n"); break;
            default: throw new ArgumentException($"not a run file: '{file}'; one of {string.Join(", ", Files)}", nameof(file));
        }
    }
}
