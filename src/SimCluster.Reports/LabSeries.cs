using SimCluster.Model.World;

namespace SimCluster.Reports;

/// <summary>One lab's trajectory as a chart series: its label ("lab", or "scenario / lab" in a comparison), its rows
/// in step order, and the year it ran out of human data.</summary>
public sealed record LabSeries(string Label, IReadOnlyList<TrajectoryRow> Rows, double? ExhaustionYear)
{
    /// <summary>The series of every lab in <paramref name="rows"/> (any order), labelled by <paramref name="label"/>.</summary>
    public static IReadOnlyList<LabSeries> From(IEnumerable<TrajectoryRow> rows, RunSummary summary, Func<string, string>? label = null) =>
        rows.GroupBy(r => r.Lab).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LabSeries(label?.Invoke(g.Key) ?? g.Key, g.OrderBy(r => r.Step).ToArray(),
                summary.Labs.FirstOrDefault(l => l.Lab == g.Key)?.ExhaustionYear))
            .ToArray();
}
