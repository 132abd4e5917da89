using System.Text.Json.Nodes;
using SimCluster.Model.Scenarios;

namespace SimCluster.Scenarios.Reference;

/// <summary>
/// What the JSON Schema says about a few keys beyond their registry entry: the rules the Model's checks apply to
/// names (<see cref="Model.Scenarios.ScenarioNames"/>), the allocation grammar, list lengths, and the keys a map needs
/// when it names no preset. These are checks written as code in the loader and validator, not data a registry entry
/// holds, so the schema states them here, keyed by the parameter they constrain.
/// </summary>
internal static class SchemaConstraints
{
    // A scenario's name is one path segment: ASCII letters, digits, '.', '-', '_', not starting or ending with '.'.
    private const string ScenarioName = "^[A-Za-z0-9_-]([A-Za-z0-9._-]*[A-Za-z0-9_-])?$";

    // An entity's name holds no '/', '\', '.' and no control or line-breaking character (IssueText.IsUnsafe).
    private const string EntityName = "^[^/\\\\.\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*$";

    private const string Allocation = "^\\s*(compute-optimal|data-constrained|overtrain\\(\\s*[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?\\s*\\))\\s*$";

    private static readonly Dictionary<string, Func<JsonObject>> ByKey = new(StringComparer.Ordinal)
    {
        ["name"] = () => Name(ScenarioName),
        ["end_year"] = () => new() { ["maximum"] = ScenarioRanges.LastYear },
        ["sources.<source>.name"] = () => Name(EntityName),
        ["clusters.<cluster>.name"] = () => Name(EntityName),
        ["labs.<lab>.name"] = () => Name(EntityName),
        ["labs.<lab>.cluster"] = () => new() { ["minLength"] = 1 },
        ["labs.<lab>.sources"] = () => new() { ["minItems"] = 1 },
        ["labs"] = () => new() { ["minItems"] = 1 },
        ["labs.<lab>.strategy.allocation"] = () => new() { ["pattern"] = Allocation },
        ["labs.<lab>.strategy.training_run_months"] = () => new() { ["exclusiveMinimum"] = 0, ["maximum"] = ScenarioRanges.MaxTrainingRunMonths },
    };

    /// <summary>For a map with a <c>preset</c> key: what it must give when it names no preset.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RequiredWithoutPreset { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["sources.<source>"] = ["name", "initial_stock_tokens"],
        ["labs.<lab>.strategy"] = ["shares"],
    };

    /// <summary>The extra keywords for the value of <paramref name="key"/> (a key template); empty when there are none.</summary>
    public static JsonObject For(string key) => ByKey.TryGetValue(key, out var make) ? make() : [];

    private static JsonObject Name(string pattern) => new() { ["minLength"] = 1, ["maxLength"] = Model.Scenarios.ScenarioNames.MaxLength, ["pattern"] = pattern };
}
