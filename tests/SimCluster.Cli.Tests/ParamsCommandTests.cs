using System.Text.Json;
using System.Text.Json.Nodes;
using SimCluster.Model.Parameters;
using SimCluster.Model.Scenarios;
using SimCluster.Scenarios.Reference;

namespace SimCluster.Cli.Tests;

public sealed class ParamsCommandTests
{
    private static readonly Parameter Throwaway = new()
    {
        Key = "world.synthetic.throwaway_widgets", Kind = ParameterKind.Number, Description = "widgets per throwaway test", Unit = "widgets",
        Default = "3", Range = new ValueRange("a number of widgets", 0, 10), Source = "a test fixture", Variable = true,
    };

    [Fact]
    public void A_parameter_added_to_the_registry_appears_in_the_schema_the_reference_and_the_listing()
    {
        IReadOnlyList<Parameter> parameters = [.. ParameterRegistry.All, Throwaway];

        var property = ParameterSchema.Build(parameters)["$defs"]!["synthetic"]!["properties"]!["throwaway_widgets"]!;
        Assert.Equal("Widgets per throwaway test (widgets). Default: 3. Source: a test fixture.", property["description"]!.GetValue<string>());
        var anyOf = property["anyOf"]!.AsArray();
        Assert.Contains(anyOf, a => a!["$ref"]?.GetValue<string>() == "#/$defs/distribution");
        Assert.Contains(anyOf, a => a!["type"]?.GetValue<string>() == "number" && a["maximum"]!.GetValue<double>() == 10);

        Assert.Contains("| `world.synthetic.throwaway_widgets` | widgets per throwaway test | widgets | 3 | [0, 10] | yes | a test fixture |",
            ParameterReference.Markdown(parameters));

        Assert.Matches(@"world\.synthetic\.throwaway_widgets +widgets +3 +\[0, 10\] +yes +a test fixture", ParamsCommand.Listing(parameters, json: false, grep: "widgets"));
        Assert.Contains("\"key\": \"world.synthetic.throwaway_widgets\"", ParamsCommand.Listing(parameters, json: true, grep: null));

        // And the shipped registry has no such parameter, so what is seen above is the addition.
        Assert.DoesNotContain("throwaway", CliRunner.Run("params", "--schema").Out);
    }

    [Fact]
    public void The_table_lists_every_parameter_with_its_facts()
    {
        var (code, stdout, stderr) = CliRunner.Run("params");
        Assert.True(code == 0, stderr);
        Assert.StartsWith("key ", stdout);
        Assert.Matches(@"labs\.<lab>\.budget\.initial_usd_per_year +USD/yr +5e9 +\(0, 1e15\] +yes +assumption", stdout);
        Assert.Matches(@"\nstart_year +year +2024 +\[1900, 2300\] +no", stdout);
    }

    [Theory]
    [InlineData("COLLAPSE", "world.synthetic.collapse_kappa")] // the key, in another case
    [InlineData("villalobos", "sources.<source>.initial_stock_tokens")] // the source
    [InlineData("experience replaces data", "world.rl.simulation_headroom_per_decade")] // the description or source
    public void Grep_filters_on_key_description_and_source_ignoring_case(string text, string expected)
    {
        var (code, stdout, _) = CliRunner.Run("params", "--grep", text);
        Assert.Equal(0, code);
        Assert.Contains(expected, stdout);
        Assert.DoesNotContain("labs.<lab>.budget.break_year", stdout);
    }

    [Fact]
    public void Json_gives_each_parameter_as_an_object()
    {
        var (code, stdout, _) = CliRunner.Run("params", "--json", "--grep", "collapse_kappa");
        Assert.Equal(0, code);
        var item = JsonNode.Parse(stdout)!.AsArray().Single()!;
        Assert.Equal("world.synthetic.collapse_kappa", item["key"]!.GetValue<string>());
        Assert.Equal(("fraction per generation", "0.0572", "[0, 1]", true), (item["unit"]!.GetValue<string>(), item["default"]!.GetValue<string>(),
            item["range"]!.GetValue<string>(), item["may_vary"]!.GetValue<bool>()));
        Assert.Contains("Shumailov", item["source"]!.GetValue<string>());
        var all = JsonNode.Parse(CliRunner.Run("params", "--json").Out)!.AsArray().Select(i => i!["key"]!.GetValue<string>()).ToArray();
        Assert.Equal(ParameterRegistry.All.Where(p => p.Kind is ParameterKind.Number).Select(p => p.Key), all.Where(k => ParameterRegistry.Find(k)!.Kind is ParameterKind.Number));
    }

    [Fact]
    public void Schema_and_markdown_print_what_the_generators_make()
    {
        Assert.Equal(ParameterSchema.Write(ParameterRegistry.All), CliRunner.Run("params", "--schema").Out);
        Assert.Equal(ParameterReference.Markdown(ParameterRegistry.All), CliRunner.Run("params", "--markdown").Out);
        JsonDocument.Parse(CliRunner.Run("params", "--schema").Out).Dispose();
    }

    [Fact]
    public void Write_docs_regenerates_the_schema_and_the_reference_between_the_markers()
    {
        using var tmp = new TempDir();
        tmp.File("README.md", $"# Scenarios\n\n{ParameterReference.Begin}\nstale table\n{ParameterReference.End}\n\nhand-written text\n");
        var (code, stdout, stderr) = CliRunner.Run("params", "--write-docs", tmp.Path);
        Assert.True(code == 0, stderr);
        Assert.Contains("wrote", stdout);
        Assert.Equal(ParameterSchema.Write(ParameterRegistry.All), File.ReadAllText(tmp.Sub("schema.json")));
        string readme = File.ReadAllText(tmp.Sub("README.md"));
        Assert.DoesNotContain("stale table", readme);
        Assert.EndsWith($"{ParameterReference.End}\n\nhand-written text\n", readme);
        Assert.Equal(ParameterReference.Markdown(ParameterRegistry.All), ParameterReference.Extract(readme));
    }

    [Fact]
    public void Write_docs_refuses_a_readme_without_markers_and_writes_nothing()
    {
        using var tmp = new TempDir();
        tmp.File("README.md", "# no markers\n");
        var (code, _, stderr) = CliRunner.Run("params", "--write-docs", tmp.Path);
        Assert.Equal(2, code);
        Assert.Contains("parameters:begin", stderr);
        Assert.False(File.Exists(tmp.Sub("schema.json")));
        Assert.Equal("# no markers\n", File.ReadAllText(tmp.Sub("README.md")));
    }

    [Theory]
    [InlineData("--schema", "--json")]
    [InlineData("--markdown", "--schema")]
    [InlineData("--markdown", "--grep", "x")]
    public void The_document_options_stand_alone(params string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(["params", .. args]);
        Assert.Equal(2, code);
        Assert.StartsWith("error: --schema, --markdown and --write-docs each stand alone", stderr);
    }

    [Fact]
    public void Help_describes_every_option()
    {
        var (code, stdout, _) = CliRunner.Run("params", "--help");
        Assert.Equal(0, code);
        foreach (string option in new[] { "--json", "--grep", "--schema", "--markdown", "--write-docs" }) Assert.Contains(option, stdout);
    }
}
