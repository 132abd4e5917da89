using SimCluster.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Reading;

/// <summary>
/// Turns a parsed YAML document into a <see cref="ScenarioSpec"/>, reporting shape errors (unknown keys, wrong
/// types, missing fields, unknown names). Ranges and references are left to the validators.
/// </summary>
internal static class ScenarioReader
{
    public static (ScenarioSpec? Spec, string? Description) Read(YamlNode root, ErrorSink errors)
    {
        if (MapReader.AsMap(root, "", ScenarioKeys.Scenario, errors) is not { } m) return (null, null);
        string name = m.RequiredString("name", "a scenario name");
        string? description = m.OptionalString("description");
        double start = m.Number("start_year", 2024);
        double end = m.RequiredNumber("end_year", "the last year simulated, after start_year");
        double step = m.Number("step_months", 1);
        ulong seed = m.Unsigned("seed", 1);
        var world = WorldReader.Read(m.Map("world", ScenarioKeys.World), start);
        var sources = Items(m, "sources", SourceReader.Read, "a list of data sources");
        var clusters = Items(m, "clusters", ClusterReader.Read, "a list of GPU clusters");
        var labs = Items(m, "labs", LabReader.Read, "a list of labs");
        if (errors.Any) return (null, description);
        return (new ScenarioSpec(name, start, end, step, seed, world, sources, clusters, labs, errors.UncertainInFileOrder()), description);
    }

    private static List<T> Items<T>(MapReader m, string key, Func<YamlNode, string, ErrorSink, T?> read, string expected) where T : class
    {
        var items = new List<T>();
        if (m.List(key) is not { } list)
        {
            if (m.Get(key) is null) m.Missing(key, expected);
            return items;
        }
        for (int i = 0; i < list.Children.Count; i++)
            if (read(list.Children[i], ItemPath(key, list.Children[i], i), m.Errors) is { } item) items.Add(item);
        return items;
    }

    /// <summary>
    /// An item's path: <c>labs.NAME</c>, as keys, errors, overrides and sweep draws address it, when the item names
    /// itself (a source may do so through its preset); its place, <c>labs[i]</c>, when it does not yet.
    /// </summary>
    private static string ItemPath(string key, YamlNode item, int index)
    {
        if (item is YamlMappingNode map && (Scalar(map, "name") ?? (key == "sources" ? Scalar(map, "preset") : null)) is { } name
            && ScenarioNames.EntityProblem(name) is null)
            return $"{key}.{name}";
        return $"{key}[{index}]";
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var k } && k == key).Value is YamlScalarNode { Value: { Length: > 0 } v } ? v : null;
}
