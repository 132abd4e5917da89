using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>
/// The final aggregator: pulls each batch's partial aggregate (its outcomes) and merges them with the Model's
/// order-independent <see cref="SweepAccumulator"/>. It keeps nothing, so if its silo dies it is simply asked again.
/// </summary>
public sealed class SweepAggregatorGrain(IGrainFactory grains) : Grain, ISweepAggregatorGrain
{
    /// <inheritdoc />
    public async Task<SweepSummary> Summarize(SweepRequest request, int batches)
    {
        var accumulator = new SweepAccumulator(request.Scenario);
        var parts = await Task.WhenAll(Enumerable.Range(0, batches)
            .Select(b => grains.GetGrain<IBatchGrain>(SweepTasks.BatchKey(request.SweepId, b)).GetOutcomes()));
        foreach (var part in parts) accumulator.Add(part);
        var summary = accumulator.Build();
        // A Monte Carlo sweep's band arrays are summarised in the bands; shipping them again would multiply the
        // reply's size. A sensitivity sweep has a handful of runs, and its outcomes may read any band value.
        return request.Kind == SweepKind.OneAtATime ? summary : summary with { Outcomes = summary.Outcomes.Select(o => o with { BandValues = [] }).ToArray() };
    }
}
