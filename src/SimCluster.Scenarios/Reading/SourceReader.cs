using SimCluster.Model.Data;
using SimCluster.Model.Parameters;
using SimCluster.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Reading;

/// <summary>Reads one item of <c>sources</c>: a preset (DataSourcePresets) whose fields the item may override, or a full definition.</summary>
internal static class SourceReader
{
    public static DataSourceParameters? Read(YamlNode node, string path, ErrorSink errors)
    {
        if (node is YamlScalarNode && YamlValues.AsString(node) is { } bare && DataSourcePresets.All.Any(p => p.Name == bare))
        {
            errors.At(node, path, $"a source is a map: write '- preset: {bare}' (or a full definition with name and initial_stock_tokens)");
            return null;
        }
        if (MapReader.AsMap(node, path, ScenarioKeys.Source, errors) is not { } m) return null;
        DataSourceParameters? preset = null;
        if (m.Get("preset") is { } p && MapReader.ReadString(p, m.At("preset"), errors) is { } presetName)
        {
            preset = DataSourcePresets.All.FirstOrDefault(s => s.Name == presetName);
            if (preset is null)
                errors.At(p, m.At("preset"), $"unknown data source preset {IssueText.Quote(presetName)}; {Suggestions.Allowed(presetName, DataSourcePresets.All.Select(s => s.Name))}");
        }
        var d = preset ?? new DataSourceParameters("", 0);
        // With a preset key, even a misspelt one, name and stock are not demanded: the preset error says it all.
        bool full = m.Get("preset") is null;
        return new DataSourceParameters(
            full ? m.RequiredString("name", "a unique source name") : m.OptionalString("name") ?? d.Name,
            full ? m.RequiredNumber("initial_stock_tokens", "tokens available at start_year") : m.Number("initial_stock_tokens", d.InitialStockTokens),
            m.Number("growth_fraction_per_year", d.GrowthFractionPerYear),
            m.Number("new_tokens_per_year", d.NewTokensPerYear),
            m.Number("quality", d.Quality),
            m.Choice("rivalry", Vocabulary.Rivalries, d.Rivalry),
            m.Number("price_usd_per_token", d.PriceUsdPerToken),
            m.Number("first_year", d.FirstYear));
    }
}
