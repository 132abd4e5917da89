using SimCluster.Model.Sweeps;

namespace SimCluster.Abstractions;

/// <summary>The final aggregator of a sweep (key: sweep id): merges every batch's outcomes into the summary.</summary>
[Alias("SimCluster.ISweepAggregatorGrain")]
public interface ISweepAggregatorGrain : IGrainWithStringKey
{
    /// <summary>Folds in batch <paramref name="batch"/>'s outcomes now, so little is left to do at the end.</summary>
    [Alias("Collect")]
    Task Collect(SweepRequest request, int batch);

    /// <summary>The summary of a finished sweep (Monte Carlo outcomes without their band arrays, which the bands summarise).</summary>
    [Alias("Summarize")]
    Task<SweepSummary> Summarize(SweepRequest request, int batches);
}
