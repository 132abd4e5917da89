using SimCluster.Model.Backtest;

namespace SimCluster.Cli.Outputs;

/// <summary>A row of backtest.csv: one real frontier model against the simulated frontier, for one metric.</summary>
/// <param name="Metric">"eci" or "gpqa".</param>
/// <param name="Model">The real model.</param>
/// <param name="Developer">Its developer.</param>
/// <param name="ReleaseYear">Its release date, decimal year.</param>
/// <param name="Real">Its score.</param>
/// <param name="Simulated">The simulated frontier's score on that date.</param>
/// <param name="Residual">Simulated − real.</param>
public sealed record BacktestResidualRow(string Metric, string Model, string Developer, double ReleaseYear, double Real, double Simulated, double Residual)
{
    /// <summary>The rows of <paramref name="result"/>: ECI's record setters, then GPQA's, each in release order.</summary>
    public static IEnumerable<BacktestResidualRow> Of(BacktestResult result) =>
        new[] { result.Eci, result.Gpqa }.SelectMany(m => m.Residuals.Select(r =>
            new BacktestResidualRow(m.Metric, r.Model, r.Developer, r.ReleaseYear, r.Real, r.Simulated, r.Residual)));
}
