namespace SimCluster.Model.Data;

/// <summary>The design's built-in data sources (docs/model.md §6).</summary>
public static class DataSourcePresets
{
    /// <summary>
    /// Public web text: S0 = 3e14 tokens (Villalobos et al. 2024, "Will we run out of data?": 300T,
    /// 90% CI 100T-1000T, quality and repetition adjusted), growing 8%/yr (their code: page size
    /// 1.02-1.04 × page count 1.00-1.10).
    /// </summary>
    public static DataSourceParameters PublicWebText { get; } = new("public-web-text", 3e14, GrowthFractionPerYear: 0.08);

    /// <summary>Seed estimate of new human text: 1.4e11-6.5e12 tokens/day worldwide (543.8 GB-26.19 TB/day at ~4 bytes/token).</summary>
    public const double HumanTokensPerDayLow = 1.4e11, HumanTokensPerDayHigh = 6.5e12;

    /// <summary>
    /// Human daily production captured for training: 1e12 tokens/day (inside the seed's range, assumption)
    /// × capture fraction 0.01 (assumption) × 365 days, at USD 1e-5 per captured token (assumption: the seed
    /// argues capture by devices is uneconomic).
    /// </summary>
    public static DataSourceParameters HumanDailyProduction { get; } =
        new("human-daily-production", 0, NewTokensPerYear: 1e12 * 0.01 * 365, PriceUsdPerToken: 1e-5);

    /// <summary>Licensed archives (publishers, private corpora; assumption): S0 = 5e13, exclusive, USD 1e-6/token.</summary>
    public static DataSourceParameters LicensedArchives { get; } =
        new("licensed-archives", 5e13, Rivalry: Rivalry.Exclusive, PriceUsdPerToken: 1e-6);

    /// <summary>All three.</summary>
    public static IReadOnlyList<DataSourceParameters> All { get; } = [PublicWebText, HumanDailyProduction, LicensedArchives];
}
