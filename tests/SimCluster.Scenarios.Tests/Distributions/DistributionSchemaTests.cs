using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SimCluster.Scenarios.Reading;

namespace SimCluster.Scenarios.Tests.Distributions;

/// <summary>The schema takes a distribution exactly where the loader does, and refuses what the loader refuses.</summary>
public sealed class DistributionSchemaTests
{
    private const string DistributionRef = "#/$defs/distribution";

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(ShippedScenarios.SchemaPath)));

    private static bool SchemaAccepts(string yaml) =>
        Schema.Value.Evaluate(JsonSerializer.SerializeToElement(YamlToJson.Convert(yaml)), new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    [Theory]
    [InlineData("{distribution: normal, mean: 3e14, sd: 1e14, min: 0}")]
    [InlineData("{distribution: lognormal, median: 3e14, p90: 1e15, min: 1e14, max: 1e15}")]
    [InlineData("{distribution: lognormal, mu: 33, sigma: 0.5}")]
    [InlineData("{distribution: uniform, lower: 1e14, upper: 5e14}")]
    [InlineData("{distribution: triangular, lower: 1e14, mode: 3e14, upper: 5e14}")]
    public void The_schema_and_the_loader_accept_each_distribution_form(string map)
    {
        string yaml = DistributionYaml.WithStock(map);
        Assert.True(SchemaAccepts(yaml));
        DistributionYaml.Load(yaml);
    }

    [Theory]
    [InlineData("{distribution: gaussian, mean: 3e14, sd: 1e14}")] // unknown kind
    [InlineData("{mean: 3e14, sd: 1e14}")] // no kind
    [InlineData("{distribution: normal, mean: 3e14}")] // missing sd
    [InlineData("{distribution: normal, mean: 3e14, sd: 1e14, std: 1}")] // unknown key
    [InlineData("{distribution: normal, mean: 3e14, sd: 0}")] // sd not > 0
    [InlineData("{distribution: normal, mean: \"3e14\", sd: 1e14}")] // quoted number
    [InlineData("{distribution: lognormal, median: 3e14, p90: 1e15, sigma: 1}")] // both lognormal forms
    [InlineData("{distribution: lognormal, median: 3e14}")] // half a form
    [InlineData("{distribution: triangular, lower: 1e14, upper: 5e14}")] // missing mode
    public void The_schema_refuses_the_distributions_the_loader_refuses(string map)
    {
        string yaml = DistributionYaml.WithStock(map);
        Assert.False(SchemaAccepts(yaml));
        DistributionYaml.Errors(yaml);
    }

    [Theory]
    [InlineData("seed: 7", "seed: {distribution: uniform, lower: 1, upper: 9}")]
    [InlineData("end_year: 2030", "end_year: {distribution: uniform, lower: 2030, upper: 2031}")]
    [InlineData("strategy: balanced", "strategy: {preset: balanced, shares: {pretrain: {distribution: uniform, lower: 0.5, upper: 0.6}, synthetic: 0.1, rl: 0.25, inference: 0.1}}")]
    [InlineData("initial_stock_tokens: 3e14", "first_year: {distribution: uniform, lower: 2024, upper: 2030}")]
    public void Neither_takes_a_distribution_on_a_field_that_cannot_vary(string line, string replacement)
    {
        string yaml = DistributionYaml.Sound.Replace(line, replacement);
        Assert.False(SchemaAccepts(yaml));
        DistributionYaml.Errors(yaml);
    }

    [Fact]
    public void The_schema_takes_a_distribution_exactly_on_the_fields_ScenarioParameters_lists()
    {
        var defs = JsonNode.Parse(File.ReadAllText(ShippedScenarios.SchemaPath))!["$defs"]!.AsObject();
        var inSchema = ScenarioKeys.ByLevel
            .Where(level => level.Key != "scenario")
            .SelectMany(level => defs[level.Key]!["properties"]!.AsObject()
                .Where(p => p.Value!["anyOf"]?.AsArray().Any(a => a!["$ref"]?.GetValue<string>() == DistributionRef) == true)
                .Select(p => $"{level.Key}.{p.Key}"))
            .Order(StringComparer.Ordinal);
        var fromModel = VariableFields.Patterns.Select(Level).Order(StringComparer.Ordinal);
        Assert.Equal(fromModel, inSchema);
    }

    [Fact]
    public void The_top_level_takes_no_distribution()
    {
        var properties = JsonNode.Parse(File.ReadAllText(ShippedScenarios.SchemaPath))!["properties"]!.AsObject();
        Assert.DoesNotContain(DistributionRef, properties.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary><c>clusters.&lt;cluster&gt;.hardware.mfu</c> as <c>hardware.mfu</c>: the schema level of a key template, and the key.</summary>
    private static string Level(string pattern)
    {
        int dot = pattern.LastIndexOf('.');
        string parent = pattern[..dot], key = pattern[(dot + 1)..];
        string level = ScenarioKeys.SchemaLevel(parent);
        Assert.True(ScenarioKeys.ByLevel[level].Contains(key), $"{pattern}: '{key}' is not a key of level '{level}'");
        return $"{level}.{key}";
    }
}
