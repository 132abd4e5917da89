using SimCluster.Model.World;

namespace SimCluster.Cli.Playground;

/// <summary>A run as the pages chart it (docs/playground-api.md, <c>GET /api/run</c>): one array per column and lab, steps shared.</summary>
public sealed record RunView(
    string State, RunView.ScenarioInfo Scenario, IReadOnlyList<double> Years, IReadOnlyList<RunView.Lab> Labs,
    IReadOnlyList<RunView.Milestone> Milestones, IReadOnlyList<RunView.Wall> DataWall, IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Notes, double ElapsedMs)
{
    /// <summary>The scenario run.</summary>
    public sealed record ScenarioInfo(string Name, string? Description, double Start, double End, double StepMonths, ulong Seed);

    /// <summary>One lab's series and headline numbers.</summary>
    public sealed record Lab(
        string Name, string Strategy, string Cluster, IReadOnlyDictionary<string, double?[]> Series, IReadOnlyList<string> Binding,
        string? Exhausted, double? K2030, double? K2040, double? K2064, double FinalK);

    /// <summary>When a lab first reached a milestone (a month, or null for never).</summary>
    public sealed record Milestone(string Lab, string Name, string? Date);

    /// <summary>A lab against its twin without the data wall.</summary>
    public sealed record Wall(string Lab, string? Exhausted, double FinalK, double? KWithoutWall, double? YearsLost);

    /// <summary>The view of <paramref name="run"/>.</summary>
    public static RunView Of(PlaygroundRun run)
    {
        var spec = run.Scenario.Spec;
        var rowsByLab = run.Result.Labs.GroupBy(r => r.Lab).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var summaries = run.Result.Summary.Labs;
        double[] years = rowsByLab.Values.FirstOrDefault()?.Select(r => r.Year).ToArray() ?? [];
        var labs = summaries.Select(s =>
        {
            var rows = rowsByLab[s.Lab];
            var series = RunColumns.All.ToDictionary(c => c.Name, c => rows.Select(r => Finite(c.Read(spec, r))).ToArray(), StringComparer.Ordinal);
            var labSpec = spec.Labs.First(l => l.Name == s.Lab);
            return new Lab(s.Lab, s.Strategy, labSpec.Cluster, series, rows.Select(r => r.BindingConstraint).ToArray(),
                Month(s.ExhaustionYear), s.CapabilityEci2030, s.CapabilityEci2040, s.CapabilityEci2064, s.FinalCapabilityEci);
        }).ToArray();
        // The capability milestones include GPQA 70/80/90 (docs/model.md §15).
        var milestones = summaries.SelectMany(s => s.CapabilityMilestones.Select(m => new Milestone(s.Lab, m.Name, Month(m.Year)))).ToArray();
        var walls = summaries.Select(s =>
        {
            var d = run.DataWall.FirstOrDefault(w => w.Lab == s.Lab);
            return new Wall(s.Lab, Month(s.ExhaustionYear), s.FinalCapabilityEci, d?.CapabilityEciWithoutDataWall, d?.YearsLost);
        }).ToArray();
        var notes = MediansNote.For(spec) is { } note ? new[] { note } : [];
        return new RunView(run.State.Query, new ScenarioInfo(spec.Name, run.Scenario.Description, spec.StartYear, spec.EndYear, spec.StepMonths, spec.Seed),
            years, labs, milestones, walls, run.Warnings.Select(w => w.Message).ToArray(), notes, Math.Round(run.ElapsedMs, 1));
    }

    private static string? Month(double? year) => year is null ? null : Format.YearMonth(year);

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;
}
