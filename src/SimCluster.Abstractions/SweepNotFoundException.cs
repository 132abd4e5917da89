namespace SimCluster.Abstractions;

/// <summary>The cluster holds no sweep with this id: it was never started there, was collected, cancelled or expired,
/// or its storage lost it (a Redis restarted without persistence).</summary>
public sealed class SweepNotFoundException(string sweepId)
    : Exception($"the cluster holds no sweep {sweepId}: it was never started there, was collected or cancelled, expired, or its storage was lost (a Redis without persistence restarted)")
{
    /// <summary>The sweep asked for.</summary>
    public string SweepId { get; } = sweepId;
}
