using System.Text.RegularExpressions;
using SimCluster.Model.Parameters;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Tests.Reference;

/// <summary>
/// Every parameter key the documentation and the shipped scenarios name exists in the registry, so a renamed key
/// cannot live on in a README or a scenario. In Markdown, keys are the dotted names in backticks that start with a
/// section of the file (<c>world.synthetic.quality</c>, <c>labs.&lt;name&gt;.strategy.shares.rl</c>, also as a field
/// path such as <c>labs[0].budget.break_year</c>); in YAML, every key of every document.
/// </summary>
public sealed partial class DocumentedKeysTests
{
    public static TheoryData<string> Documents() => new("README.md", Path.Combine("scenarios", "README.md"));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_key_a_readme_names_is_a_parameter(string document)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, document));
        var keys = Code().Matches(text).Select(m => m.Groups[1].Value).Where(k => DottedKey().IsMatch(k)).Distinct().ToArray();
        Assert.NotEmpty(keys);
        var unknown = keys.Where(k => !Exists(Indexes().Replace(k, ".$1"))).ToArray();
        Assert.True(unknown.Length == 0, $"{document} names keys the parameter registry does not have: {string.Join(", ", unknown)}");
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios.All), MemberType = typeof(ShippedScenarios))]
    public void Every_key_a_shipped_scenario_sets_is_a_parameter(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(ShippedScenarios.PathOf(name))));
        var keys = new List<string>();
        foreach (var document in stream.Documents) Walk(document.RootNode, "", keys);
        Assert.NotEmpty(keys);
        var unknown = keys.Where(k => !Exists(k)).ToArray();
        Assert.True(unknown.Length == 0, $"{name}.yaml sets keys the parameter registry does not have: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void A_misspelt_key_is_caught()
    {
        Assert.False(Exists("world.synthetic.collapse_kapa"));
        Assert.True(Exists("world.synthetic.collapse_kappa"));
        Assert.True(Exists(Indexes().Replace("labs[0].budget.break_year", ".$1")));
    }

    /// <summary>Whether <paramref name="key"/> (entities by any name) is a parameter, or an entity list's item.</summary>
    private static bool Exists(string key)
    {
        string template = ParameterRegistry.Parse(key).Template;
        return ParameterRegistry.Find(template) is not null || EntityList.All.Any(e => template == $"{e.Key}.{e.Placeholder}");
    }

    // Each key of a map, with entities by name; a distribution map is a value, not keys of the format.
    private static void Walk(YamlNode node, string path, List<string> keys)
    {
        switch (node)
        {
            case YamlMappingNode map when path.Length == 0 || !map.Children.ContainsKey(new YamlScalarNode("distribution")):
                foreach (var (k, v) in map.Children)
                {
                    string key = path.Length == 0 ? ((YamlScalarNode)k).Value! : $"{path}.{((YamlScalarNode)k).Value}";
                    keys.Add(key);
                    Walk(v, key, keys);
                }
                break;
            case YamlSequenceNode list when EntityList.All.Any(e => e.Key == path):
                foreach (var item in list.Children.OfType<YamlMappingNode>())
                {
                    string entity = item.Children.TryGetValue(new YamlScalarNode("name"), out var n) ? ((YamlScalarNode)n).Value! : "unnamed";
                    Walk(item, $"{path}.{entity}", keys);
                }
                break;
        }
    }

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex Code();

    // A dotted key starting with a section of the file, with no spaces; an index ([0], [i]) may follow a list.
    [GeneratedRegex(@"^(world|sources|clusters|labs)(\[[^\]\s]*\])?(\.[^\s.`]+)+$")]
    private static partial Regex DottedKey();

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex Indexes();
}
