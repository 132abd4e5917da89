namespace SimCluster.Model.Sweeps;

/// <summary>Everything a finished sweep reports, each list in a fixed order (lab, metric or milestone, year).</summary>
public sealed record SweepSummary(
    int Replicates,
    IReadOnlyList<BandRow> Bands,
    IReadOnlyList<MilestoneDistribution> Milestones,
    IReadOnlyList<MilestoneHistogramRow> Histogram,
    IReadOnlyList<ReplicateOutcome> Outcomes);
