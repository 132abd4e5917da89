namespace SimCluster.Model.Sweeps;

/// <summary>What a finished Monte Carlo sweep reports besides its per-replicate records, each list in a fixed order
/// (lab, metric or milestone, year).</summary>
/// <param name="Replicates">Replicates run.</param>
/// <param name="BandReplicates">Replicates the bands come from (<see cref="BandReservoir"/>): the first ones.</param>
/// <param name="Bands">Percentile bands per lab, metric and year.</param>
/// <param name="Milestones">Milestone year distributions per lab, over every replicate.</param>
/// <param name="Histogram">Milestone years per lab and calendar year, over every replicate.</param>
public sealed record SweepSummary(
    long Replicates,
    int BandReplicates,
    IReadOnlyList<BandRow> Bands,
    IReadOnlyList<MilestoneDistribution> Milestones,
    IReadOnlyList<MilestoneHistogramRow> Histogram);
