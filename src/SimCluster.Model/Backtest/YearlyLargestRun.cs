namespace SimCluster.Model.Backtest;

/// <summary>
/// The largest training run of one calendar year, real and simulated. Capability can match history for the wrong
/// reason (too much compute offset by too little efficiency); the size of the runs, and the power they draw, check
/// the compute side on its own.
/// </summary>
/// <param name="Year">Calendar year.</param>
/// <param name="RealModel">The real model with the most training compute released that year.</param>
/// <param name="RealFlop">Its training compute (FLOP).</param>
/// <param name="SimulatedFlop">Largest pretraining compute (FLOP) of a model any lab released that year; null if none was released.</param>
/// <param name="SimulatedLab">The lab that released it; null if none.</param>
/// <param name="SimulatedTrainPowerMw">Mean facility power (MW) of that model's final training run; null if none.</param>
/// <param name="Ratio">Simulated / real FLOP; null if no model was released in the run that year.</param>
public sealed record YearlyLargestRun(int Year, string RealModel, double RealFlop, double? SimulatedFlop, string? SimulatedLab,
    double? SimulatedTrainPowerMw, double? Ratio);
