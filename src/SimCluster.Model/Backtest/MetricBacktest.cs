namespace SimCluster.Model.Backtest;

/// <summary>The backtest of one metric (ECI or GPQA): each real frontier model in the simulated range against the simulated frontier.</summary>
/// <param name="Metric">"eci" or "gpqa".</param>
/// <param name="Residuals">Each record setter released within the simulated range, in release order.</param>
/// <param name="Summary">RMSE, bias and largest miss over <paramref name="Residuals"/>.</param>
/// <param name="OutOfRange">Record setters released before the first step or after the last, not compared.</param>
public sealed record MetricBacktest(string Metric, IReadOnlyList<FrontierResidual> Residuals, ResidualSummary Summary, int OutOfRange);
