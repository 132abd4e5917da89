using SimCluster.Model.Data;

namespace SimCluster.Model.World;

/// <summary>A data source as labs see it after phase 1 of a step (docs/model.md §2).</summary>
/// <param name="Name">Source name.</param>
/// <param name="Rivalry">Public or exclusive.</param>
/// <param name="EffectiveStockTokens">Effective tokens in the stock (raw × quality).</param>
/// <param name="UnlicensedTokens">Exclusive sources: effective tokens no lab has licensed yet; public: the stock.</param>
/// <param name="PriceUsdPerEffectiveToken">What a lab pays per effective token it takes (price / quality).</param>
public sealed record DataSourceSnapshot(
    string Name, Rivalry Rivalry, double EffectiveStockTokens, double UnlicensedTokens, double PriceUsdPerEffectiveToken);
