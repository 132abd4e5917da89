namespace SimCluster.Model.Backtest;

/// <summary>The simulated frontier at the end of one step: the best lab's capability and the best lab's GPQA.</summary>
/// <param name="Year">End of the step, decimal year (2025.0 is the end of December 2024).</param>
/// <param name="Eci">Largest capability K (ECI) over the labs.</param>
/// <param name="Gpqa">Largest GPQA Diamond (%) over the labs; it may come from another lab than <paramref name="Eci"/>.</param>
public sealed record FrontierPoint(double Year, double Eci, double Gpqa);
