using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>
/// Runs a batch's replicates (its lanes) with the plain model loop, in parallel on the silo's cores and off the
/// Orleans scheduler, so the silo stays responsive; stores the outcomes before answering. Each lane writes its own
/// slot, so the result does not depend on which thread ran it.
/// </summary>
public sealed class BatchGrain([PersistentState("batch", SweepStorage.Name)] IPersistentState<BatchState> state) : Grain, IBatchGrain
{
    /// <inheritdoc />
    public async Task<int> Run(BatchWork work)
    {
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
        return outcomes.Count;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReplicateOutcome>> GetOutcomes() =>
        Task.FromResult<IReadOnlyList<ReplicateOutcome>>(state.State.Outcomes ?? throw new InvalidOperationException($"batch {this.GetPrimaryKeyString()} has not run"));
}
