namespace SimCluster.Model.Sweeps;

/// <summary>A parameter's first-order and total Sobol indices for one lab's outcome, with 95% bootstrap intervals.</summary>
public sealed record SobolIndex(string Lab, string Parameter, double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);
