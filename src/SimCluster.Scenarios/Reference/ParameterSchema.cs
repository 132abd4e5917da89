using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SimCluster.Model.Parameters;

namespace SimCluster.Scenarios.Reference;

/// <summary>
/// <c>scenarios/schema.json</c>, the JSON Schema (2020-12) editors use to complete and check scenario files, built
/// from the parameter registry: one property per parameter, with its description, unit, default and source as the
/// editor's hover text, its range as bounds, and a distribution allowed exactly where a sweep may vary it. Each map
/// (a section or an entity list's item) is a <c>$defs</c> entry named as <see cref="ScenarioKeys.SchemaLevel"/> names it.
/// A pure function of the parameters, so a test can build it from a registry with a parameter added.
/// </summary>
public static class ParameterSchema
{
    private const string DistributionRef = "#/$defs/distribution";

    /// <summary>The schema of a file whose parameters are <paramref name="parameters"/> (in file order).</summary>
    public static JsonObject Build(IReadOnlyList<Parameter> parameters)
    {
        var defs = new JsonObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "SimCluster scenario",
            ["description"] = "A SimCluster scenario file (YAML). Generated from the parameter registry by 'simcluster params --write-docs scenarios'; " +
                "scenarios/README.md lists every parameter with its unit, default, range and source. Numbers may use scientific notation (3e14) and .inf. " +
                "A number a sweep may vary may instead be a distribution map (see $defs/distribution).",
        };
        Fill(root, parameters, "", defs);
        foreach (var (name, def) in DistributionSchema.Definitions()) defs[name] = def;
        root["$defs"] = defs;
        return root;
    }

    /// <summary>The schema as the checked-in file holds it: indented JSON, non-ASCII letters as themselves, a final newline.</summary>
    public static string Write(IReadOnlyList<Parameter> parameters) =>
        Build(parameters).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    /// <summary>Makes <paramref name="target"/> the object schema of the map at <paramref name="level"/> (a key template)
    /// and adds the <c>$defs</c> of the maps below it.</summary>
    private static void Fill(JsonObject target, IReadOnlyList<Parameter> parameters, string level, JsonObject defs)
    {
        var children = parameters.Where(p => p.Level == level).ToArray();
        target["type"] = "object";
        target["additionalProperties"] = false;
        var properties = new JsonObject();
        var required = new List<string>();
        foreach (var p in children)
        {
            properties[p.Name] = Property(p);
            if (p.Required) required.Add(p.Name);
        }
        target["properties"] = properties;
        if (required.Count > 0) target["required"] = Strings(required);
        if (children.Any(p => p.Name == "preset") && SchemaConstraints.RequiredWithoutPreset.TryGetValue(level, out var withoutPreset))
            target["anyOf"] = new JsonArray(new JsonObject { ["required"] = Strings(["preset"]) }, new JsonObject { ["required"] = Strings(withoutPreset) });

        foreach (var p in children)
        {
            string? below = p.Kind switch
            {
                ParameterKind.Section => p.Key,
                ParameterKind.Entities => $"{p.Key}.{Placeholder(p)}",
                _ => null,
            };
            if (below is null) continue;
            string name = ScenarioKeys.SchemaLevel(below);
            if (defs.ContainsKey(name)) continue; // two sections of one shape (shares, shares_when_data_short) share a definition
            var def = new JsonObject { ["description"] = DefinitionDescription(p) };
            defs[name] = def;
            Fill(def, parameters, below, defs);
        }
    }

    /// <summary>The schema of one parameter's value.</summary>
    private static JsonObject Property(Parameter p)
    {
        var property = new JsonObject { ["description"] = Describe(p) };
        switch (p.Kind)
        {
            case ParameterKind.Number:
                var number = new JsonObject { ["type"] = "number" };
                if (p.Range is { } r)
                {
                    if (double.IsFinite(r.Min)) number[r.MinOpen ? "exclusiveMinimum" : "minimum"] = r.Min;
                    if (double.IsFinite(r.Max)) number[r.MaxOpen ? "exclusiveMaximum" : "maximum"] = r.Max;
                }
                Merge(number, SchemaConstraints.For(p.Key));
                var alternatives = new List<JsonObject> { number };
                // JSON has no infinities: an editor's YAML converter writes .inf as the text ".inf".
                if (p.Range is { Max: double.PositiveInfinity } || p.Default == ".inf") alternatives.Add(Infinity(".inf"));
                if (p.Default == "-.inf") alternatives.Add(Infinity("-.inf"));
                if (p.Nullable) alternatives.Add(new JsonObject { ["type"] = "null" });
                if (p.Variable) alternatives.Add(new JsonObject { ["$ref"] = DistributionRef });
                if (alternatives.Count == 1) Merge(property, number);
                else property["anyOf"] = new JsonArray([.. alternatives]);
                if (NumberDefault(p.Default) is { } d) property["default"] = d;
                break;
            case ParameterKind.Integer:
                property["type"] = "integer";
                property["minimum"] = 0;
                property["maximum"] = ulong.MaxValue;
                if (ulong.TryParse(p.Default, NumberStyles.None, CultureInfo.InvariantCulture, out ulong whole)) property["default"] = whole;
                break;
            case ParameterKind.Text:
                property["type"] = "string";
                Merge(property, SchemaConstraints.For(p.Key));
                break;
            case ParameterKind.Choice:
                property["enum"] = Strings(p.Choices);
                if (p.Choices.Contains(p.Default)) property["default"] = p.Default;
                break;
            case ParameterKind.Names:
                property["type"] = "array";
                property["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = "A name." };
                Merge(property, SchemaConstraints.For(p.Key));
                break;
            case ParameterKind.Entities:
                property["type"] = "array";
                property["items"] = Ref(ScenarioKeys.SchemaLevel($"{p.Key}.{Placeholder(p)}"));
                Merge(property, SchemaConstraints.For(p.Key));
                break;
            case ParameterKind.Section:
                var forms = new List<JsonObject>();
                if (p.Choices.Count > 0)
                    forms.Add(new JsonObject { ["enum"] = Strings(p.Choices), ["description"] = $"A built-in one by name: {string.Join(", ", p.Choices)}." });
                forms.Add(Ref(ScenarioKeys.SchemaLevel(p.Key)));
                if (p.Nullable) forms.Add(new JsonObject { ["type"] = "null" });
                if (forms.Count == 1) Merge(property, forms[0]);
                else property["oneOf"] = new JsonArray([.. forms]);
                if (p.Choices.Contains(p.Default)) property["default"] = p.Default;
                break;
        }
        return property;
    }

    private static string DefinitionDescription(Parameter p) =>
        (p.Kind is ParameterKind.Entities ? $"An item of {p.Key}: {p.Description}" : Sentence.Start(p.Description)) + ".";

    /// <summary>The editor's hover text: what it is, its unit, default and source.</summary>
    private static string Describe(Parameter p)
    {
        string text = Sentence.Start(p.Description) + (p.Unit.Length > 0 ? $" ({p.Unit})." : ".");
        if (p.Default == "required") text += " Required.";
        else if (p.Default.Length > 0) text += $" Default: {p.Default}.";
        if (p.Source.Length > 0) text += $" Source: {p.Source}.";
        return text;
    }

    private static JsonValue? NumberDefault(string text) =>
        text is ".inf" or "-.inf" ? JsonValue.Create(text) :
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) ? JsonValue.Create(x) : null;

    private static JsonObject Infinity(string literal) =>
        new() { ["const"] = literal, ["description"] = $"YAML {literal}, as a converter without infinities writes it" };

    private static JsonObject Ref(string definition) => new() { ["$ref"] = $"#/$defs/{definition}" };

    private static string Placeholder(Parameter entities) =>
        EntityList.All.FirstOrDefault(e => e.Key == entities.Key)?.Placeholder ?? $"<{entities.Key}>";

    private static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(s => (JsonNode)JsonValue.Create(s))]);

    private static void Merge(JsonObject target, JsonObject extra)
    {
        foreach (var (key, value) in extra) target[key] = value?.DeepClone();
    }
}
