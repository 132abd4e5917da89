using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>A GPU cluster (key: run id/cluster name): fleet by vintage, purchases, retirement, FLOP, power, energy.</summary>
[Alias("SimCluster.IGpuClusterGrain")]
public interface IGpuClusterGrain : IGrainWithStringKey
{
    /// <summary>Builds the initial fleet.</summary>
    [Alias("Initialize")]
    Task Initialize(EntityInit init);

    /// <summary>Phase 1: retire, buy and run the fleet over step <paramref name="step"/>.</summary>
    [Alias("Advance")]
    Task<ClusterStepResult> Advance(long step);
}
