namespace SimCluster.Model.World;

/// <summary>When a lab first reached a GPQA level, and what it had spent to get there.</summary>
/// <param name="Gpqa">The level, in percent.</param>
/// <param name="Year">First year at or above it; null if never reached.</param>
/// <param name="EnergyKwhCumulative">Cumulative energy at that step.</param>
/// <param name="CostUsdCumulative">Cumulative cost at that step.</param>
public sealed record GpqaMilestone(double Gpqa, double? Year, double? EnergyKwhCumulative, double? CostUsdCumulative);
