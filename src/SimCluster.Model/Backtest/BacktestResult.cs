namespace SimCluster.Model.Backtest;

/// <summary>A run's simulated frontier against a table of real models (<see cref="FrontierBacktest"/>).</summary>
/// <param name="FirstYear">End of the run's first step: real models released before it are not compared.</param>
/// <param name="LastYear">End of the run's last step: real models released after it are not compared.</param>
/// <param name="TableModels">Models in the table.</param>
/// <param name="Eci">Real ECI record setters against the simulated frontier K.</param>
/// <param name="Gpqa">Real GPQA Diamond record setters against the simulated frontier GPQA.</param>
/// <param name="GpqaThresholds">First dates at GPQA 70 and 80, real and simulated.</param>
/// <param name="LargestRuns">The largest training run per calendar year, real and simulated.</param>
public sealed record BacktestResult(double FirstYear, double LastYear, int TableModels, MetricBacktest Eci, MetricBacktest Gpqa,
    IReadOnlyList<ThresholdDate> GpqaThresholds, IReadOnlyList<YearlyLargestRun> LargestRuns);
