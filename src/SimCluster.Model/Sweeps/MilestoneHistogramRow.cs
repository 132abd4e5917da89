namespace SimCluster.Model.Sweeps;

/// <summary>How many replicates met a milestone in a calendar year (Year null: never, within the run).</summary>
public sealed record MilestoneHistogramRow(string Lab, string Milestone, int? Year, long Count);
