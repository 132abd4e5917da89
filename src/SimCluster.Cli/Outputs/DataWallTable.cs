using SimCluster.Model.World;

namespace SimCluster.Cli.Outputs;

/// <summary>
/// The short table `run` prints under its summary: each lab's final K beside its twin's with unlimited human data,
/// and the years of progress the data wall cost it. A table of its own because the summary is already as wide as a
/// terminal reads comfortably.
/// </summary>
public static class DataWallTable
{
    /// <summary>The line that introduces the table.</summary>
    public const string Title = "data wall, against a twin with unlimited human data:";

    /// <summary>Renders each lab of <paramref name="summary"/> with its <paramref name="dataWall"/> result.</summary>
    public static string Render(RunSummary summary, IReadOnlyList<DataWallResult> dataWall)
    {
        var wall = dataWall.ToDictionary(d => d.Lab, StringComparer.Ordinal);
        var t = new TextTable("lab", "data exhausted", "final K", "K without wall", "years lost to wall");
        foreach (var l in summary.Labs)
        {
            var d = wall.GetValueOrDefault(l.Lab);
            t.Add(l.Lab, Format.YearMonth(l.ExhaustionYear), Format.Eci(l.FinalCapabilityEci), Format.Eci(d?.CapabilityEciWithoutDataWall), Format.Years(d?.YearsLost));
        }
        return Title + "\n" + t;
    }
}
