namespace SimCluster.Model.Data;

/// <summary>Stock arithmetic of a human-data source (docs/model.md §6).</summary>
public static class DataStock
{
    /// <summary>
    /// The stock one step of <paramref name="years"/> later: S·(1+g)^Δ + P·Δ. Stepping (rather than a closed
    /// form) lets exclusive sources shrink as they are licensed away and keeps every silo's arithmetic identical.
    /// </summary>
    public static double Advance(DataSourceParameters p, double stock, double year, double years)
    {
        if (year + years <= p.FirstYear) return stock;
        return stock * Math.Pow(1 + p.GrowthFractionPerYear, years) + p.NewTokensPerYear * years;
    }

    /// <summary>Effective tokens of a raw stock: raw × quality.</summary>
    public static double Effective(DataSourceParameters p, double rawTokens) => rawTokens * p.Quality;
}
