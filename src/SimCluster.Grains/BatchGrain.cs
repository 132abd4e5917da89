using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>
/// Runs a batch's replicates (its lanes) with the plain model loop, in parallel on the silo's cores and off the
/// Orleans scheduler, so the silo stays responsive; stores the outcomes before answering. Each lane writes its own
/// slot, so the result does not depend on which thread ran it. Each run is a "batch" span; replicates computed (not
/// those answered from storage) count in <c>simcluster.replicates</c>.
/// </summary>
public sealed class BatchGrain([PersistentState("batch", SweepStorage.Name)] IPersistentState<BatchState> state) : Grain, IBatchGrain
{
    /// <inheritdoc />
    public async Task<int> Run(BatchWork work)
    {
        using var span = SimClusterTelemetry.Source.StartActivity(SimClusterTelemetry.BatchSpan);
        span?.SetTag(SimClusterTelemetry.SweepTag, work.SweepId).SetTag(SimClusterTelemetry.BatchTag, work.Batch)
            .SetTag(SimClusterTelemetry.ReplicatesTag, work.Tasks.Count).SetTag(SimClusterTelemetry.StoredTag, state.State.Outcomes is not null);
        if (state.State.Outcomes is { } done) return done.Count;
        var layout = new SweepLayout(work.Scenario);
        var outcomes = await Task.Run(() =>
        {
            var lanes = new ReplicateOutcome[work.Tasks.Count];
            Parallel.For(0, lanes.Length, i => lanes[i] = ReplicateRunner.Run(work.Scenario, layout, work.Tasks[i]));
            return lanes.ToList();
        });
        state.State.Outcomes = outcomes;
        await state.WriteStateAsync();
        SimClusterTelemetry.Replicates.Add(outcomes.Count);
        return outcomes.Count;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReplicateOutcome>> GetOutcomes() =>
        Task.FromResult<IReadOnlyList<ReplicateOutcome>>(state.State.Outcomes ?? throw new InvalidOperationException($"batch {this.GetPrimaryKeyString()} has not run"));
}
