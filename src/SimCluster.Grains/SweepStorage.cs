namespace SimCluster.Grains;

/// <summary>The grain storage provider sweeps keep their progress and partial results in (memory when embedded,
/// Redis on a cluster).</summary>
public static class SweepStorage
{
    /// <summary>Provider name.</summary>
    public const string Name = "sweeps";
}
