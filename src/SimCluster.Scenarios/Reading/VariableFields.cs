using SimCluster.Model.Capability;
using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;
using SimCluster.Scenarios.Locating;

namespace SimCluster.Scenarios.Reading;

/// <summary>
/// The fields a file may write as a distribution: exactly the paths of <see cref="ScenarioParameters"/>, with list
/// indexes generalised to [i]. The Model's table is the one source of truth; the reader asks it here, before any
/// spec exists, through a template with one source, cluster and lab for each GPQA mapping form (the mapping's
/// fields depend on its form).
/// </summary>
internal static class VariableFields
{
    /// <summary>Every variable field, e.g. <c>sources[i].initial_stock_tokens</c>, in file order.</summary>
    public static IReadOnlyList<string> Patterns { get; } = Build();

    private static readonly HashSet<string> Set = new(Patterns, StringComparer.Ordinal);

    /// <summary>Whether the field at <paramref name="path"/> (with real indexes) can vary in a sweep.</summary>
    public static bool Contains(string path) => Set.Contains(FieldPath.Generalise(path));

    /// <summary>The variable fields grouped by their parent, for error messages.</summary>
    public static string Listing { get; } = string.Join("; ", Patterns
        .GroupBy(p => p[..p.LastIndexOf('.')], StringComparer.Ordinal)
        .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p[(p.LastIndexOf('.') + 1)..]))}"));

    private static string[] Build()
    {
        var template = new ScenarioSpec("template", 2024, 2025, 1, 1, WorldParameters.Default,
            [new DataSourceParameters("s", 0)], [new ClusterSpec("c", HardwareParameters.Default)],
            [new LabSpec("l", StrategyPresets.Balanced, BudgetParameters.Default, "c", ["s"])]);
        var plain = template with { World = template.World with { Mapping = new PlainLossGpqaMapping(1, 1) } };
        // Grouping by parent puts the plain_loss mapping's fields next to the loss_gap ones.
        return ScenarioParameters.Of(template).Concat(ScenarioParameters.Of(plain))
            .Select(p => FieldPath.Generalise(p.Path)).Distinct(StringComparer.Ordinal)
            .GroupBy(p => p[..p.LastIndexOf('.')], StringComparer.Ordinal).SelectMany(g => g).ToArray();
    }
}
