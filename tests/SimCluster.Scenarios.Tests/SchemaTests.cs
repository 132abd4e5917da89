using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace SimCluster.Scenarios.Tests;

public sealed class SchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(ShippedScenarios.SchemaPath)));

    private static JsonObject SchemaJson() => JsonNode.Parse(File.ReadAllText(ShippedScenarios.SchemaPath))!.AsObject();

    private static EvaluationResults Evaluate(string yaml)
    {
        var instance = JsonSerializer.SerializeToElement(YamlToJson.Convert(yaml));
        return Schema.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults r) => string.Join("\n",
        (r.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    [Theory]
    [MemberData(nameof(ShippedScenarios.All), MemberType = typeof(ShippedScenarios))]
    public void Every_shipped_scenario_is_valid_against_the_schema(string name)
    {
        var result = Evaluate(File.ReadAllText(ShippedScenarios.PathOf(name)));
        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios.All), MemberType = typeof(ShippedScenarios))]
    public void Every_resolved_scenario_is_valid_against_the_schema(string name)
    {
        var loaded = ShippedScenarios.Load(name);
        var result = Evaluate(ScenarioWriter.Write(loaded.Spec, loaded.Description, "test"));
        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [InlineData("clusters:\n  - {name: c, intial_gpus: 5}")]
    [InlineData("clusters:\n  - {name: c, initial_gpus: -5}")]
    [InlineData("clusters:\n  - {name: c, initial_gpus: \"5\"}")]
    [InlineData("clusters:\n  - {initial_gpus: 5}")]
    [InlineData("clusters:\n  - {name: c, hardware: {mfu: 1.5}}")]
    public void The_schema_refuses_what_the_loader_refuses(string clusters)
    {
        string yaml = $"""
            name: x
            end_year: 2030
            sources: [{"{"}preset: public-web-text{"}"}]
            {clusters}
            labs: [{"{"}name: l, cluster: c, sources: [public-web-text], strategy: balanced{"}"}]
            """;
        Assert.False(Evaluate(yaml).IsValid);
        Assert.False(ScenarioLoader.Parse(yaml, "x.yaml").Succeeded);
    }

    [Fact]
    public void The_schema_names_exactly_the_keys_the_loader_accepts_at_each_level()
    {
        var schema = SchemaJson();
        var levels = schema["$defs"]!.AsObject()
            .Where(d => d.Value!["properties"] is not null)
            .ToDictionary(d => d.Key, d => d.Value!["properties"]!.AsObject().Select(p => p.Key).ToList());
        levels["scenario"] = schema["properties"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(ScenarioKeys.ByLevel.Keys.Order(), levels.Keys.Order());
        foreach (var (level, keys) in ScenarioKeys.ByLevel)
            Assert.True(keys.SequenceEqual(levels[level]), $"{level}: loader [{string.Join(", ", keys)}] vs schema [{string.Join(", ", levels[level])}]");
    }

    [Fact]
    public void Every_schema_property_has_a_description()
    {
        var schema = SchemaJson();
        var objects = schema["$defs"]!.AsObject().Select(d => d.Value!).Append(schema).Where(o => o["properties"] is not null);
        foreach (var o in objects)
            foreach (var (key, property) in o["properties"]!.AsObject())
                Assert.True(property!["description"] is not null || property["$ref"] is not null, $"'{key}' has no description");
    }
}
