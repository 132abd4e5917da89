using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Deploy.Tests;

/// <summary>Reading YAML files as node trees: every document of a file, merge keys (`&lt;&lt;: *anchor`) resolved.</summary>
public static class Yaml
{
    public static IReadOnlyList<YamlMappingNode> LoadDocuments(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(new MergingParser(new Parser(reader)));
        return stream.Documents
            .Select((d, i) => d.RootNode as YamlMappingNode
                ?? throw new InvalidDataException($"{path}: document {i + 1} is not a mapping"))
            .ToList();
    }

    public static YamlMappingNode LoadSingle(string path) => Assert.Single(LoadDocuments(path));

    /// <summary>The value under <paramref name="key"/>, or null when the node is not a mapping or has no such key.</summary>
    public static YamlNode? Get(this YamlNode node, string key) =>
        node is YamlMappingNode map
            ? map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var k } && k == key).Value
            : null;

    /// <summary>The value at a dotted path of keys; fails the test naming the first missing key.</summary>
    public static YamlNode At(this YamlNode node, string path)
    {
        YamlNode current = node;
        foreach (string key in path.Split('.'))
        {
            current = current.Get(key) ?? throw new Xunit.Sdk.XunitException($"no '{key}' in '{path}' (at line {current.Start.Line})");
        }
        return current;
    }

    public static string? StringAt(this YamlNode node, string path)
    {
        YamlNode current = node;
        foreach (string key in path.Split('.'))
        {
            if (current.Get(key) is not { } next) return null;
            current = next;
        }
        return (current as YamlScalarNode)?.Value;
    }

    public static string Text(this YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new Xunit.Sdk.XunitException($"line {node.Start.Line}: not a scalar");

    public static IReadOnlyList<YamlNode> Items(this YamlNode node) =>
        node is YamlSequenceNode list ? list.Children.ToList() : throw new Xunit.Sdk.XunitException($"line {node.Start.Line}: not a list");

    public static IReadOnlyList<string> Strings(this YamlNode node) => node.Items().Select(Text).ToList();

    /// <summary>The keys of a mapping, in file order.</summary>
    public static IReadOnlyList<string> Keys(this YamlNode node) =>
        node is YamlMappingNode map ? map.Children.Keys.Select(Text).ToList() : throw new Xunit.Sdk.XunitException($"line {node.Start.Line}: not a mapping");

    /// <summary>A mapping of scalars (labels, a ConfigMap's data, compose's environment map) as a dictionary.</summary>
    public static IReadOnlyDictionary<string, string> StringMap(this YamlNode node) =>
        node is YamlMappingNode map
            ? map.Children.ToDictionary(kv => kv.Key.Text(), kv => kv.Value.Text(), StringComparer.Ordinal)
            : throw new Xunit.Sdk.XunitException($"line {node.Start.Line}: not a mapping");
}
