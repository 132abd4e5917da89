namespace SimCluster.Model.Calibration;

/// <summary>A fitted constant with its standard error.</summary>
public sealed record FittedParameter(string Name, double Value, double StandardError);
