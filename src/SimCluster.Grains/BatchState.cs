using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>A batch's records, stored only when its activation is collected before a client took them (a detached
/// sweep), so an attaching client need not compute them again.</summary>
[GenerateSerializer, Alias("SimCluster.BatchState")]
public sealed class BatchState
{
    /// <summary>Records in replicate order; null when none are stored.</summary>
    [Id(0)]
    public List<ReplicateRecord>? Records { get; set; }
}
