namespace SimCluster.Model.Sweeps;

/// <summary>The value an uncertain parameter took in one replicate.</summary>
public sealed record ParameterValue(string Path, double Value);
