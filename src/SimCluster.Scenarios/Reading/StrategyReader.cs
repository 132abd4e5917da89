using SimCluster.Model.Scaling;
using SimCluster.Model.Strategy;
using SimCluster.Model.Parameters;
using SimCluster.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Reading;

/// <summary>
/// Reads <c>labs[i].strategy</c>: a preset name (StrategyPresets), or a map whose optional <c>preset</c> supplies
/// every field the map leaves out. Without a preset, <c>shares</c> is required and the rest take the LabStrategy defaults.
/// </summary>
internal static class StrategyReader
{
    private const string AllocationForms = "compute-optimal, data-constrained, overtrain(k) with k >= 1 (e.g. overtrain(5))";

    // LabStrategy's own defaults for what a preset-less map leaves out (the shares here are never used).
    private static readonly LabStrategy Defaults = new("custom", StrategyPresets.Balanced.Shares, AllocationPolicy.DataConstrained);

    public static LabStrategy? Read(YamlNode node, string path, ErrorSink errors)
    {
        if (node is YamlScalarNode) return Preset(node, path, errors);
        if (MapReader.AsMap(node, path, ScenarioKeys.Strategy, errors) is not { } m) return null;
        var preset = m.Get("preset") is { } p ? Preset(p, m.At("preset"), errors) : null;
        if (m.Get("shares") is null && m.Get("preset") is null)
            m.Missing("shares", "pretrain, synthetic, rl, inference (and optionally experiments) fractions summing to 1 (or give a preset)");
        var d = preset ?? Defaults;
        return new LabStrategy(
            m.OptionalString("name") ?? d.Name,
            m.Map("shares", ScenarioKeys.Shares) is { } s ? Shares(s) : d.Shares,
            Allocation(m, d.Allocation),
            m.Choice("synthetic_mode", Vocabulary.SyntheticModes, d.SyntheticMode),
            m.Number("training_run_months", d.TrainingRunMonths),
            ShortShares(m, d),
            m.Number("environment_share", d.EnvironmentShare),
            m.Number("release_lag_months", d.ReleaseLagMonths),
            m.Number("training_run_growth_per_year", d.TrainingRunGrowthPerYear),
            m.Number("max_training_run_months", d.MaxTrainingRunMonths));
    }

    private static LabStrategy? Preset(YamlNode node, string path, ErrorSink errors)
    {
        if (MapReader.ReadString(node, path, errors) is not { } name) return null;
        if (StrategyPresets.Find(name) is { } found) return found;
        errors.At(node, path, $"unknown strategy preset {IssueText.Quote(name)}; {Suggestions.Allowed(name, StrategyPresets.All.Select(s => s.Name))}, or a map with keys {string.Join(", ", ScenarioKeys.Strategy)}");
        return null;
    }

    /// <summary>The four original shares are required (a partial override could not keep the sum at 1); experiments
    /// defaults to 0, so a map written before it existed still sums to 1.</summary>
    private static ComputeShares Shares(MapReader m)
    {
        const string fraction = "a fraction in [0, 1]; the five shares sum to 1";
        return new ComputeShares(
            m.RequiredNumber("pretrain", fraction), m.RequiredNumber("synthetic", fraction),
            m.RequiredNumber("rl", fraction), m.RequiredNumber("inference", fraction), m.Number("experiments", 0));
    }

    private static AllocationPolicy Allocation(MapReader m, AllocationPolicy fallback)
    {
        if (m.Get("allocation") is not { } node || m.OptionalString("allocation") is not { } text) return fallback;
        if (AllocationPolicy.TryParse(text) is { } policy) return policy;
        string? near = Suggestions.Closest(text, ["compute-optimal", "data-constrained", "overtrain"]);
        m.Errors.At(node, m.At("allocation"), $"unknown allocation {IssueText.Quote(text)}; {(near is null ? "" : $"did you mean '{near}'? ")}allowed: {AllocationForms}");
        return fallback;
    }

    /// <summary>Absent: the preset's; explicit null: adaptive rule off; a map: the shares once data runs short.</summary>
    private static ComputeShares? ShortShares(MapReader m, LabStrategy fallback)
    {
        bool present = m.Node.Children.Keys.Any(k => k is YamlScalarNode { Value: "shares_when_data_short" });
        if (!present) return fallback.SharesWhenDataShort;
        return m.Map("shares_when_data_short", ScenarioKeys.Shares) is { } s ? Shares(s) : null;
    }
}
