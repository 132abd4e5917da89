using SimCluster.Abstractions;
using SimCluster.Model.World;

namespace SimCluster.Grains;

/// <summary>A GPU cluster: delegates to <see cref="ClusterRuntime"/>.</summary>
public sealed class GpuClusterGrain : Grain, IGpuClusterGrain
{
    private StepClock? _clock;
    private ClusterRuntime? _cluster;
    private StepSequence<ClusterStepResult>? _advance;

    /// <inheritdoc />
    public Task Initialize(EntityInit init)
    {
        var scenario = ScenarioChecks.Require(init.Scenario);
        var cluster = ScenarioChecks.Named(scenario.Clusters, c => c.Name, init.Name, "cluster");
        _clock = new StepClock(scenario.StartYear, scenario.StepMonths);
        _cluster = new ClusterRuntime(cluster, scenario.StartYear, WorldLayout.TenantsOf(scenario, cluster.Name), WorldLayout.ClusterAt(scenario, cluster.Name));
        _advance = new($"cluster {cluster.Name}");
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ClusterStepResult> Advance(long step)
    {
        if (_clock is not { } clock || _cluster is not { } cluster) throw new InvalidOperationException($"cluster {this.GetPrimaryKeyString()} was not initialised");
        return Task.FromResult(_advance!.Run(step, () => cluster.Advance(clock.YearAt(step - 1), clock)));
    }
}
