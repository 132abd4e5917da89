namespace SimCluster.Model.Simulation;

/// <summary>
/// A lab whose largest run's dataset follows a given trend rather than its fleet and budget (docs/model.md §6), the
/// way Epoch projects it (Villalobos et al. 2024, "Will we run out of data?"): D(t) = D_2024·g^(t − 2024) unique
/// tokens. When a lab has one, its <see cref="RunDemand.DesiredTokens"/> is D at the date its human stock refers to,
/// whatever its compute; the rest of the lab (cluster, training, release) works as before.
/// </summary>
/// <param name="Tokens2024">D_2024: unique tokens the lab's largest run wants in calendar year 2024.0.</param>
/// <param name="GrowthFactorPerYear">g: the dataset's yearly growth factor (x per year).</param>
public sealed record DatasetTrend(double Tokens2024, double GrowthFactorPerYear)
{
    /// <summary>The calendar year <see cref="Tokens2024"/> refers to (the trend's origin, not the scenario's start).</summary>
    public const double OriginYear = World.CalendarAnchor.Year;

    /// <summary>D(<paramref name="year"/>) = D_2024·g^(year − 2024).</summary>
    public double TokensAt(double year) => Tokens2024 * Math.Pow(GrowthFactorPerYear, year - OriginYear);

    /// <summary><paramref name="demand"/> with its dataset replaced by the trend's at <paramref name="year"/> (the run's
    /// compute is left as the fleet delivers it).</summary>
    public RunDemand Apply(RunDemand demand, double year) => demand with { DesiredTokens = TokensAt(year) };
}
