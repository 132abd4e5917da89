using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Sweeps;

/// <summary>Monte Carlo: replicate r draws every uncertain parameter with <see cref="ScenarioSampler"/> (keyed by seed, r and path).</summary>
public sealed class MonteCarloDesign(ScenarioSpec spec, long replicates) : ISweepDesign
{
    /// <inheritdoc />
    public long Count { get; } = replicates;

    /// <inheritdoc />
    public ReplicateTask Task(long index)
    {
        if (index < 0 || index >= Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"the sweep has replicates 0-{Count - 1}");
        return new ReplicateTask(index, ScenarioSampler.Draws(spec, index).Select(d => new ParameterValue(d.Path, d.Value)).ToArray());
    }
}
