using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>
/// Runs a batch's replicates with the plain model loop, off the Orleans scheduler (Task.Run), so a silo's cores are
/// shared among batch grains and the silo stays responsive; stores the outcomes before answering.
/// </summary>
public sealed class BatchGrain([PersistentState("batch", SweepStorage.Name)] IPersistentState<BatchState> state) : Grain, IBatchGrain
{
    /// <inheritdoc />
    public async Task<int> Run(BatchWork work)
    {
        if (state.State.Outcomes is { } done) return done.Count;
        var layout = new SweepLayout(work.Scenario);
        var outcomes = await Task.Run(() => work.Tasks.Select(t => ReplicateRunner.Run(work.Scenario, layout, t)).ToList());
        state.State.Outcomes = outcomes;
        await state.WriteStateAsync();
        return outcomes.Count;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReplicateOutcome>> GetOutcomes() =>
        Task.FromResult<IReadOnlyList<ReplicateOutcome>>(state.State.Outcomes ?? throw new InvalidOperationException($"batch {this.GetPrimaryKeyString()} has not run"));
}
