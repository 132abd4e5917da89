namespace SimCluster.Cli.Outputs;

/// <summary>One row of replicate_parameters.csv: the value a parameter took in a replicate.</summary>
public sealed record ParameterDrawRow(long Replicate, string Parameter, double Value);
