using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>
/// The final aggregator: folds in each batch's partial aggregate (its outcomes) as batches finish, and at the end
/// pulls whatever it has not seen (after a failure, everything) from the batch grains, which keep their outcomes in
/// storage. The Model's <see cref="SweepAccumulator"/> keys outcomes by replicate and sorts before every statistic,
/// so the summary is the same whichever batches arrived early, late or twice.
/// </summary>
public sealed class SweepAggregatorGrain(IGrainFactory grains) : Grain, ISweepAggregatorGrain
{
    private readonly HashSet<int> _collected = [];
    private SweepAccumulator? _accumulator;

    /// <inheritdoc />
    public async Task Collect(SweepRequest request, int batch)
    {
        var accumulator = _accumulator ??= new SweepAccumulator(request.Scenario);
        if (_collected.Contains(batch)) return;
        accumulator.Add(await grains.GetGrain<IBatchGrain>(SweepTasks.BatchKey(request.SweepId, batch)).GetOutcomes());
        _collected.Add(batch);
    }

    /// <inheritdoc />
    public async Task<SweepSummary> Summarize(SweepRequest request, int batches)
    {
        var accumulator = _accumulator ??= new SweepAccumulator(request.Scenario);
        var missing = Enumerable.Range(0, batches).Where(b => !_collected.Contains(b)).ToArray();
        var parts = await Task.WhenAll(missing.Select(b => grains.GetGrain<IBatchGrain>(SweepTasks.BatchKey(request.SweepId, b)).GetOutcomes()));
        foreach (var (b, part) in missing.Zip(parts))
        {
            accumulator.Add(part);
            _collected.Add(b);
        }
        var summary = await Task.Run(accumulator.Build);
        // A Monte Carlo sweep's band arrays are summarised in the bands; shipping them again would multiply the
        // reply's size. A sensitivity sweep's outcomes may read any band value, so they keep theirs.
        return request.Kind != SweepKind.MonteCarlo ? summary : summary with { Outcomes = summary.Outcomes.Select(o => o with { BandValues = [] }).ToArray() };
    }
}
