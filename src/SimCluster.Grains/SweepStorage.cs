namespace SimCluster.Grains;

/// <summary>The grain storage provider sweeps keep their progress and partial results in (memory when embedded,
/// Redis on a cluster).</summary>
public static class SweepStorage
{
    /// <summary>Provider name.</summary>
    public const string Name = "sweeps";

    /// <summary>How long a sweep's stored state outlives its last write when no client collects it (clusters only).</summary>
    public static TimeSpan Retention { get; } = TimeSpan.FromDays(7);
}
