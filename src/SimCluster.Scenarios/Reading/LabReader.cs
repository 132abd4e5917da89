using SimCluster.Model.Economics;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Reading;

/// <summary>Reads one item of <c>labs</c>: its references, strategy, budget and starting model.</summary>
internal static class LabReader
{
    private static readonly LabSpec Defaults = new("", StrategyPresets.Balanced, BudgetParameters.Default, "", []);

    public static LabSpec? Read(YamlNode node, string path, ErrorSink errors)
    {
        if (MapReader.AsMap(node, path, ScenarioKeys.Lab, errors) is not { } m) return null;
        string name = m.RequiredString("name", "a unique lab name");
        string cluster = m.RequiredString("cluster", "the name of a cluster in clusters");
        var sources = Sources(m);
        LabStrategy? strategy = null;
        if (m.Get("strategy") is { } s) strategy = StrategyReader.Read(s, m.At("strategy"), errors);
        else m.Missing("strategy", $"a preset ({string.Join(", ", StrategyPresets.All.Select(p => p.Name))}) or a strategy map");
        var budget = Budget(m.Map("budget", ScenarioKeys.Budget));
        double initialParams = m.Number("initial_params", Defaults.InitialParams);
        double initialTokens = m.Number("initial_tokens", Defaults.InitialTokens);
        var trend = m.Map("dataset_trend", ScenarioKeys.DatasetTrend) is { } t ? Trend(t) : null;
        return strategy is null ? null : new LabSpec(name, strategy, budget, cluster, sources, initialParams, initialTokens, trend);
    }

    private static List<string> Sources(MapReader m)
    {
        var list = m.List("sources");
        if (list is null)
        {
            if (m.Get("sources") is null) m.Missing("sources", "a list of source names from sources");
            return [];
        }
        var names = new List<string>();
        for (int i = 0; i < list.Children.Count; i++)
            if (MapReader.ReadString(list.Children[i], $"{m.At("sources")}[{i}]", m.Errors) is { } n) names.Add(n);
        return names;
    }

    /// <summary>Absent or null: the dataset follows the compute; a map: both numbers are required.</summary>
    private static DatasetTrend Trend(MapReader m) => new(
        m.RequiredNumber("tokens_2024", "the unique tokens the largest run wants in 2024.0"),
        m.RequiredNumber("growth_factor_per_year", "the dataset's yearly growth factor (e.g. 2.38)"));

    private static BudgetParameters Budget(MapReader? m)
    {
        var d = BudgetParameters.Default;
        if (m is null) return d;
        return new BudgetParameters(
            m.Number("initial_usd_per_year", d.InitialUsdPerYear),
            m.Number("growth_factor_per_year", d.GrowthFactorPerYear),
            m.Number("growth_factor_per_year_after_break", d.GrowthFactorPerYearAfterBreak),
            m.Number("break_year", d.BreakYear),
            m.Number("energy_price_usd_per_kwh", d.EnergyPriceUsdPerKwh));
    }
}
