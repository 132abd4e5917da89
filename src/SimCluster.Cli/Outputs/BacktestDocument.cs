using SimCluster.Model.Backtest;
using SimCluster.Scenarios;

namespace SimCluster.Cli.Outputs;

/// <summary>
/// backtest.json and `backtest --json`: which run was compared with which table, then the backtest itself
/// (<see cref="BacktestResult"/>) with its fields at the top level, so a script reads <c>eci.summary.rmse</c>.
/// </summary>
public sealed record BacktestDocument(string Scenario, ulong Seed, string Data, double FirstYear, double LastYear, int TableModels,
    MetricBacktest Eci, MetricBacktest Gpqa, IReadOnlyList<ThresholdDate> GpqaThresholds, IReadOnlyList<YearlyLargestRun> LargestRuns)
{
    /// <summary>The document of <paramref name="result"/>, a run of <paramref name="scenario"/> against the table at <paramref name="dataPath"/>.</summary>
    public static BacktestDocument From(LoadedScenario scenario, string dataPath, BacktestResult result) => new(
        scenario.Spec.Name, scenario.Spec.Seed, Path.GetFileName(dataPath), result.FirstYear, result.LastYear, result.TableModels,
        result.Eci, result.Gpqa, result.GpqaThresholds, result.LargestRuns);
}
