using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>A batch's stored outcomes; null until the batch has run.</summary>
[GenerateSerializer, Alias("SimCluster.BatchState")]
public sealed class BatchState
{
    /// <summary>Outcomes in replicate order.</summary>
    [Id(0)]
    public List<ReplicateOutcome>? Outcomes { get; set; }
}
