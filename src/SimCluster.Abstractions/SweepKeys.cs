namespace SimCluster.Abstractions;

/// <summary>Grain keys of a sweep's grains.</summary>
public static class SweepKeys
{
    /// <summary>Key of batch <paramref name="batch"/> of sweep <paramref name="sweepId"/>.</summary>
    public static string Batch(string sweepId, int batch) => GrainKeys.Entity(sweepId, $"batch-{batch}");
}
