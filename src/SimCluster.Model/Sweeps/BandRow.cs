namespace SimCluster.Model.Sweeps;

/// <summary>One row of bands.csv: a metric's percentiles across replicates for one lab and year.</summary>
public sealed record BandRow(string Lab, string Metric, int Year, long Count, double P5, double P25, double P50, double P75, double P95);
