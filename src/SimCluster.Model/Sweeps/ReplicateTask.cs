namespace SimCluster.Model.Sweeps;

/// <summary>One replicate to run: its number and the parameter values it uses (drawn, or set by a sensitivity run).</summary>
public sealed record ReplicateTask(long Replicate, IReadOnlyList<ParameterValue> Values);
