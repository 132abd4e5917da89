using SimCluster.Model.Sweeps;

namespace SimCluster.Cli.Outputs;

/// <summary>One row of milestones.csv: when a lab hit the data wall or a GPQA level across replicates.</summary>
public sealed record MilestoneRow(string Lab, string Milestone, long Replicates, long Never, double? P5, double? P25, double? P50, double? P75, double? P95)
{
    /// <summary>The row of a distribution.</summary>
    public static MilestoneRow From(MilestoneDistribution d) =>
        new(d.Lab, d.Milestone, d.Replicates, d.Never, d.Years?.P5, d.Years?.P25, d.Years?.P50, d.Years?.P75, d.Years?.P95);
}
