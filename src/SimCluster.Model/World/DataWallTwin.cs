using SimCluster.Model.Scenarios;

namespace SimCluster.Model.World;

/// <summary>
/// The twin of a world without a data wall: the same scenario, sources, labs, seed and replicate, except that every
/// human-data source starts with the largest stock a scenario may set (<see cref="ScenarioRanges.StockTokens"/>,
/// 1e20 tokens, ten thousand times all human text ever written). No run the model can reach trains on that many
/// tokens, so the stock never binds, and comparing a lab with its twin isolates what the finite stock cost it
/// (<see cref="YearsLost"/>).
/// </summary>
/// <remarks>
/// Growth, new production, quality, rivalry, price and first year are kept, so each source is the same source,
/// only deeper. Kept growth cannot overflow: the most a stock may grow is doubling a year, and 1e20·2^600 (the
/// longest span a scenario may have) is about 4e200, inside the double range. A source whose stock the file
/// already sets higher keeps it.
/// </remarks>
public static class DataWallTwin
{
    /// <summary>The initial stock every source of the twin starts with.</summary>
    public static double UnlimitedStockTokens => ScenarioRanges.StockTokens.Max;

    /// <summary>The twin of <paramref name="spec"/>: every source's initial stock raised to <see cref="UnlimitedStockTokens"/>.</summary>
    public static ScenarioSpec Of(ScenarioSpec spec) => spec with
    {
        Sources = spec.Sources.Select(s => s with { InitialStockTokens = Math.Max(s.InitialStockTokens, UnlimitedStockTokens) }).ToArray(),
    };

    /// <summary>Runs the twin of <paramref name="spec"/> on one thread and returns its lab rows, in step then name order.</summary>
    public static IReadOnlyList<TrajectoryRow> Run(ScenarioSpec spec, int replicate = 0) => WorldRun.RunAll(Of(spec), replicate).Labs;
}
