using SimCluster.Model.Data;
using static SimCluster.Model.Parameters.Define;
using R = SimCluster.Model.Scenarios.ScenarioRanges;

namespace SimCluster.Model.Parameters;

/// <summary>An item of <c>sources</c>: a preset whose fields an item may override, or a full definition.</summary>
internal static class SourceDefinitions
{
    private static readonly Lens<DataSourceParameters> S = Lenses.Source;
    private const string Preset = "the preset's; 0 without one";

    public static IEnumerable<Parameter> All() =>
    [
        new Parameter
        {
            Key = "sources.<source>.preset", Kind = ParameterKind.Choice, Description = "a built-in source whose fields the others override",
            Default = "none", Choices = [.. DataSourcePresets.All.Select(p => p.Name)],
        },
        Text("sources.<source>.name", S, s => s.Name, "a unique source name (other entities refer to it)", "the preset's name; required without one"),
        Number("sources.<source>.initial_stock_tokens", S, s => s.InitialStockTokens, (s, v) => s with { InitialStockTokens = v },
            "S0, the tokens available at start_year", "tokens", R.StockTokens, "public-web-text: 3e14; licensed-archives: 5e13; required without a preset",
            "Villalobos et al. 2024 (public web text, 90% CI 1e14-1e15); licensed archives: assumption"),
        Number("sources.<source>.growth_fraction_per_year", S, s => s.GrowthFractionPerYear, (s, v) => s with { GrowthFractionPerYear = v },
            "g, the stock's growth", "fraction/yr", R.StockGrowth, "public-web-text: 0.08; " + Preset, "Villalobos et al. 2024"),
        Number("sources.<source>.new_tokens_per_year", S, s => s.NewTokensPerYear, (s, v) => s with { NewTokensPerYear = v },
            "tokens added each year on top of the growth", "tokens/yr", R.NewTokensPerYear, "human-daily-production: 3.65e12; " + Preset,
            "seed documents (1.4e11-6.5e12 tokens/day) × capture 1% (assumption)"),
        Number("sources.<source>.quality", S, s => s.Quality, (s, v) => s with { Quality = v },
            "effective tokens per raw token", "fraction", R.SourceQuality, "1", "assumption"),
        Text("sources.<source>.rivalry", S, s => Vocabulary.Name(s.Rivalry), "public (every lab may read all of it) or exclusive (licensed pro rata, each token once)",
            "public; licensed-archives: exclusive", choices: [.. Vocabulary.Rivalries.Keys]),
        Number("sources.<source>.price_usd_per_token", S, s => s.PriceUsdPerToken, (s, v) => s with { PriceUsdPerToken = v },
            "what a lab pays per new token it uses", "USD/token", R.TokenPrice, "licensed-archives: 1e-6; human-daily-production: 1e-5; " + Preset, "assumption"),
        Number("sources.<source>.first_year", S, s => s.FirstYear, (s, v) => s with { FirstYear = v },
            "the year the source opens (-.inf: open from the start)", "year", null, "-.inf", "", variable: false),
    ];
}
