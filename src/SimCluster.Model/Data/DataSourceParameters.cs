namespace SimCluster.Model.Data;

/// <summary>One human-data source (docs/model.md §6).</summary>
/// <param name="Name">Unique name within a scenario.</param>
/// <param name="InitialStockTokens">S0: tokens available at t0.</param>
/// <param name="GrowthFractionPerYear">Multiplicative growth of the stock, as a fraction per year (0.08 = 8%/yr).</param>
/// <param name="NewTokensPerYear">Additive new production, tokens per year (already times any capture fraction).</param>
/// <param name="Quality">Effective tokens per raw token.</param>
/// <param name="Rivalry">Public (non-rival) or exclusive (rival).</param>
/// <param name="PriceUsdPerToken">Price a lab pays per token it takes.</param>
/// <param name="FirstYear">First year the source is available.</param>
public sealed record DataSourceParameters(
    string Name,
    double InitialStockTokens,
    double GrowthFractionPerYear = 0,
    double NewTokensPerYear = 0,
    double Quality = 1,
    Rivalry Rivalry = Rivalry.Public,
    double PriceUsdPerToken = 0,
    double FirstYear = double.NegativeInfinity);
