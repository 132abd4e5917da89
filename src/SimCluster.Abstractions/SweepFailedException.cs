namespace SimCluster.Abstractions;

/// <summary>A sweep that stopped with a failure (<see cref="UserError"/>: the scenario's fault, not a bug).</summary>
public sealed class SweepFailedException(string message, bool userError) : Exception(message)
{
    /// <summary>The scenario's fault (a replicate that cannot run), not a bug.</summary>
    public bool UserError { get; } = userError;
}
