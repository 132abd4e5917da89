using SimCluster.Model.Guards;
using SimCluster.Reports;

namespace SimCluster.Cli.Outputs;

/// <summary>The sanity guards' warnings on stderr and in the report: a run that left the world that could exist says so
/// wherever its numbers are read.</summary>
public static class GuardWarnings
{
    /// <summary>Writes each warning to <paramref name="error"/>, prefixed with <paramref name="scenario"/>.</summary>
    public static void Write(TextWriter error, string scenario, IReadOnlyList<GuardWarning> warnings)
    {
        foreach (var w in warnings) error.WriteLine($"warning: {scenario}: {w.Message}");
    }

    /// <summary>The report's table of warnings; null when there are none.</summary>
    public static ReportTable? Table(IEnumerable<(string Prefix, GuardWarning Warning)> warnings)
    {
        var rows = warnings.Select(x => (IReadOnlyList<string>)[x.Prefix + x.Warning.Subject, x.Warning.Guard, Format.YearMonth(x.Warning.Year), x.Warning.Message]).ToArray();
        return rows.Length == 0 ? null
            : new ReportTable("Warnings: this run left the world that could exist (sanity guards)", ["lab or cluster", "guard", "first month", "what happened"], rows);
    }
}
