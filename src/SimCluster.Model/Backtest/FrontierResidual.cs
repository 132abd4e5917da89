namespace SimCluster.Model.Backtest;

/// <summary>One real frontier model against the simulated frontier in service on its release date.</summary>
/// <param name="Model">The real model.</param>
/// <param name="Developer">Its developer.</param>
/// <param name="ReleaseYear">Its release date, decimal year.</param>
/// <param name="Real">Its score (ECI, or GPQA Diamond in %).</param>
/// <param name="Simulated">The simulated frontier's score on that date.</param>
/// <param name="Residual">Simulated − real: positive when the simulator runs ahead of history.</param>
public sealed record FrontierResidual(string Model, string Developer, double ReleaseYear, double Real, double Simulated, double Residual);
