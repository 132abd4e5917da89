using SimCluster.Model.Sweeps;
using SimCluster.Model.World;

namespace SimCluster.Cli.Outputs;

/// <summary>
/// One lab in one cell of a grid sweep: how many replicates, and the percentiles the sweep already computes (those of
/// milestones.csv and bands.csv) of each milestone year and of the final capability K and GPQA. A cell with nothing uncertain has one
/// run, whose value is every percentile.
/// </summary>
/// <param name="Lab">The lab.</param>
/// <param name="Replicates">Replicates (1 for a cell run once).</param>
/// <param name="Milestones">Each milestone of <see cref="MilestoneKind.All"/>: its year's percentiles over the replicates that reached it, and how many never did.</param>
/// <param name="FinalCapability">Capability K (ECI) in the last year, across replicates.</param>
/// <param name="FinalGpqa">GPQA in the last year, across replicates.</param>
public sealed record GridLabResult(string Lab, long Replicates, IReadOnlyList<(string Name, Percentiles? Years, long Never)> Milestones,
    Percentiles? FinalCapability, Percentiles? FinalGpqa)
{
    /// <summary>The labs of a Monte Carlo cell.</summary>
    public static IEnumerable<GridLabResult> From(SweepSummary s) =>
        s.Milestones.GroupBy(m => m.Lab).Select(lab =>
        {
            Percentiles? Last(string metric) => s.Bands.Where(b => b.Lab == lab.Key && b.Metric == metric).MaxBy(b => b.Year) is { } last
                ? new Percentiles(last.Count, last.P5, last.P25, last.P50, last.P75, last.P95) : null;
            return new GridLabResult(lab.Key, s.Replicates, lab.Select(m => (m.Milestone, m.Years, m.Never)).ToArray(), Last("capability_eci"), Last("gpqa"));
        });

    /// <summary>The labs of a cell run once.</summary>
    public static IEnumerable<GridLabResult> From(RunSummary s) =>
        s.Labs.Select(lab => new GridLabResult(lab.Lab, 1,
            MilestoneKind.All.Select(k => k.Year(lab) is { } year ? (k.Name, Percentiles.Of([year]), 0L) : (k.Name, (Percentiles?)null, 1L)).ToArray(),
            Percentiles.Of([lab.FinalCapabilityEci]), Percentiles.Of([lab.FinalGpqa])));
}
