using SimCluster.Model.Backtest;
using SimCluster.Model.Calibration;
using SimCluster.Reports;

namespace SimCluster.Cli.Outputs;

/// <summary>
/// The files of `backtest --out`: backtest.json (<see cref="BacktestDocument"/>), backtest.csv (a row per real frontier
/// model and metric, <see cref="BacktestResidualRow"/>), and the charts backtest.png (ECI) and backtest-gpqa.png.
/// </summary>
public static class BacktestOutputs
{
    /// <summary>Stages every file into <paramref name="dir"/>.</summary>
    public static void Stage(OutputDirectory dir, BacktestDocument document, BacktestResult result, SimulatedFrontier frontier, IReadOnlyList<FrontierModel> table)
    {
        File.WriteAllText(dir.Stage("backtest.json"), Json.Write(document) + "\n");
        CsvOutput.Write(dir.Stage("backtest.csv"), BacktestResidualRow.Of(result));
        foreach (var chart in BacktestCharts.Build(frontier, table, document.Scenario))
            chart.SavePng(dir.Stage(chart.Name + ".png"));
    }
}
