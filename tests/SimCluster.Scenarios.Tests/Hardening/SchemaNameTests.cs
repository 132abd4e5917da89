using System.Text.Json;
using Json.Schema;

namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>The schema refuses the unsafe names the loader refuses (they would reach the file system as paths), so an
/// editor flags them as typed.</summary>
public sealed class SchemaNameTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(ShippedScenarios.SchemaPath)));

    private static bool SchemaAccepts(string yaml) =>
        Schema.Value.Evaluate(JsonSerializer.SerializeToElement(YamlToJson.Convert(yaml)), new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    [Theory]
    [InlineData("name: t", "name: ../x")]
    [InlineData("name: t", "name: ..")]
    [InlineData("name: t", "name: /tmp/x")]
    [InlineData("name: t", "name: \"a\\0b\"")]
    [InlineData("  - name: a", "  - name: \"lab\\nb\"")]
    [InlineData("  - name: a", "  - name: v1.2")]
    [InlineData("name: c1, initial_gpus", "name: a/b, initial_gpus")]
    public void The_schema_refuses_what_the_loader_refuses(string line, string replacement)
    {
        string yaml = OneLabYaml.Sound.Replace(line, replacement);
        Assert.False(SchemaAccepts(yaml));
        Assert.False(ScenarioLoader.Parse(yaml, "bad.yaml").Succeeded);
    }

    [Fact]
    public void The_schema_accepts_a_lab_name_with_spaces() =>
        Assert.True(SchemaAccepts(OneLabYaml.Sound.Replace("  - name: a", "  - name: Google DeepMind")));
}
