using System.Text.Json.Nodes;
using SimCluster.Model.Parameters;

namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>
/// schema.json states each number's range so editors flag it as it is typed; it must be the validator's (the
/// registry's), or an editor would accept what the loader refuses, or the other way round.
/// </summary>
public sealed class SchemaRangeTests
{
    public static TheoryData<string> Fields()
    {
        var data = new TheoryData<string>();
        foreach (var p in ParameterRegistry.All.Where(p => p is { Kind: ParameterKind.Number, Range: not null })) data.Add(p.Key);
        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void The_schema_gives_each_number_the_validators_range(string key)
    {
        var r = ParameterRegistry.Find(key)!.Range!;
        double? upper = double.IsPositiveInfinity(r.Max) ? null : r.Max;
        var expected = (Minimum: r.MinOpen ? null : (double?)r.Min, ExclusiveMinimum: r.MinOpen ? (double?)r.Min : null,
            Maximum: r.MaxOpen ? null : upper, ExclusiveMaximum: r.MaxOpen ? upper : null);
        var number = NumberSchema(ParameterRegistry.Find(key)!);
        Assert.Equal(expected, (Value(number, "minimum"), Value(number, "exclusiveMinimum"), Value(number, "maximum"), Value(number, "exclusiveMaximum")));
    }

    private static double? Value(JsonObject o, string key) => o[key]?.GetValue<double>();

    /// <summary>The schema for the plain-number form of <paramref name="p"/> (the alternative of type number).</summary>
    private static JsonObject NumberSchema(Parameter p)
    {
        string level = ScenarioKeys.SchemaLevel(p.Level);
        var defs = JsonNode.Parse(File.ReadAllText(ShippedScenarios.SchemaPath))!["$defs"]!.AsObject();
        var root = level == "scenario" ? JsonNode.Parse(File.ReadAllText(ShippedScenarios.SchemaPath))!.AsObject() : defs[level]?.AsObject();
        var property = root?["properties"]?[p.Name]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"{p.Key}: no property {level}.{p.Name} in the schema");
        if (property["type"]?.GetValue<string>() == "number") return property;
        return property["anyOf"]!.AsArray().Select(a => a!.AsObject()).Single(a => a["type"]?.GetValue<string>() == "number");
    }
}
