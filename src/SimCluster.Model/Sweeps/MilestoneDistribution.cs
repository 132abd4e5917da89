namespace SimCluster.Model.Sweeps;

/// <summary>Across replicates, when a lab met a milestone: percentiles of the year among replicates that met it, and
/// how many never did.</summary>
public sealed record MilestoneDistribution(string Lab, string Milestone, long Replicates, long Never, Percentiles? Years);
