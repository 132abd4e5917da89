using SimCluster.Abstractions;
using SimCluster.Model.World;

namespace SimCluster.Grains;

/// <summary>A GPU cluster: delegates to <see cref="ClusterRuntime"/>.</summary>
public sealed class GpuClusterGrain : Grain, IGpuClusterGrain
{
    private ClusterInit? _init;
    private ClusterRuntime? _cluster;
    private StepSequence<ClusterStepResult>? _advance;

    /// <inheritdoc />
    public Task Initialize(ClusterInit init)
    {
        _init = init;
        _cluster = new ClusterRuntime(init.Cluster, init.Clock.StartYear, init.Tenants, init.At);
        _advance = new($"cluster {init.Cluster.Name}");
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ClusterStepResult> Advance(long step)
    {
        if (_init is null || _cluster is null) throw new InvalidOperationException($"cluster {this.GetPrimaryKeyString()} was not initialised");
        var (cluster, clock) = (_cluster, _init.Clock);
        return Task.FromResult(_advance!.Run(step, () => cluster.Advance(clock.YearAt(step - 1), clock)));
    }
}
