using System.Text.Json.Nodes;
using SimCluster.Model.Scenarios;

namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>
/// schema.json states each number's range so editors flag it as it is typed; it must be the validator's
/// (<see cref="ScenarioRanges"/>), or an editor would accept what the loader refuses, or the other way round.
/// </summary>
public sealed class SchemaRangeTests
{
    public static TheoryData<string> Fields()
    {
        var data = new TheoryData<string>();
        foreach (string field in ScenarioRanges.ByField.Keys) data.Add(field);
        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void The_schema_gives_each_number_the_validators_range(string field)
    {
        var r = ScenarioRanges.ByField[field];
        double? upper = double.IsPositiveInfinity(r.Max) ? null : r.Max;
        var expected = (Minimum: r.MinOpen ? null : (double?)r.Min, ExclusiveMinimum: r.MinOpen ? (double?)r.Min : null,
            Maximum: r.MaxOpen ? null : upper, ExclusiveMaximum: r.MaxOpen ? upper : null);
        var number = NumberSchema(field);
        Assert.Equal(expected, (Value(number, "minimum"), Value(number, "exclusiveMinimum"), Value(number, "maximum"), Value(number, "exclusiveMaximum")));
    }

    private static double? Value(JsonObject o, string key) => o[key]?.GetValue<double>();

    /// <summary>The schema for the plain-number form of <paramref name="field"/> (the alternative of type number).</summary>
    private static JsonObject NumberSchema(string field)
    {
        int dot = field.LastIndexOf('.');
        string parent = field[..dot], key = field[(dot + 1)..];
        string level = parent switch
        {
            "sources[i]" => "source",
            "clusters[i]" => "cluster",
            "labs[i]" => "lab",
            "world.gpqa_mapping(loss_gap)" => "loss_gap_mapping",
            "world.gpqa_mapping(plain_loss)" => "plain_loss_mapping",
            _ => parent[(parent.LastIndexOf('.') + 1)..],
        };
        var defs = JsonNode.Parse(File.ReadAllText(ShippedScenarios.SchemaPath))!["$defs"]!.AsObject();
        var property = defs[level]?["properties"]?[key]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"{field}: no property {level}.{key} in the schema");
        if (property["type"]?.GetValue<string>() == "number") return property;
        return property["anyOf"]!.AsArray().Select(a => a!.AsObject()).Single(a => a["type"]?.GetValue<string>() == "number");
    }
}
