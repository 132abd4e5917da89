namespace SimCluster.Model.Backtest;

/// <summary>
/// When a GPQA level was first reached, in history and in the run. Dates of milestones are what forecasts are read
/// for, and a run can match the scores of the models it is compared with while reaching a level a year early.
/// </summary>
/// <param name="Threshold">GPQA Diamond level (%).</param>
/// <param name="RealYear">Release date of the first model in the table at or above it; null if none is.</param>
/// <param name="RealModel">That model; null if none.</param>
/// <param name="SimulatedYear">End of the first step the simulated frontier is at or above it; null if it never is.</param>
/// <param name="DifferenceMonths">(simulated − real) in months: positive when the run is late; null if either is missing.</param>
public sealed record ThresholdDate(double Threshold, double? RealYear, string? RealModel, double? SimulatedYear, double? DifferenceMonths);
