using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Locating;

/// <summary>
/// Finds where a key (<c>labs.OpenAI.strategy.shares</c>) is written in a YAML document. A map entry is found at its
/// key; an entity of a list by its name (a source also by its preset), or by its place (<c>labs[1]</c>, for an item
/// that does not name itself). When the key goes deeper than the file (a field left to its default, or a preset name
/// where a map could be) the deepest node that exists stands for it: the user fixes it there.
/// </summary>
internal static class YamlPathLocator
{
    public static Mark Locate(YamlNode root, string path) => Walk(root, path).Found;

    /// <summary>Whether every segment of the key exists in the document (tests use it to keep keys and paths in step).</summary>
    public static bool Exists(YamlNode root, string path) => Walk(root, path).Complete;

    /// <summary>The node a key ends at, or null when the document does not go that deep.</summary>
    public static YamlNode? Find(YamlNode root, string path) => Walk(root, path) is { Complete: true } w ? w.Node : null;

    private static (Mark Found, YamlNode? Node, bool Complete) Walk(YamlNode root, string path)
    {
        Mark found = root.Start;
        YamlNode? current = root;
        foreach (var (key, indexes) in FieldPath.Segments(path))
        {
            switch (current)
            {
                case YamlSequenceNode list when indexes.Count == 0:
                    current = list.Children.FirstOrDefault(item => Names(item, key));
                    if (current is null) return (found, null, false);
                    found = current.Start;
                    continue;
                case YamlMappingNode map:
                    var entry = map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var v } && v == key);
                    if (entry.Key is null) return (found, null, false);
                    found = entry.Key.Start;
                    current = entry.Value;
                    break;
                default:
                    return (found, null, false);
            }
            foreach (int i in indexes)
            {
                if (current is not YamlSequenceNode list || i >= list.Children.Count) return (found, null, false);
                current = list.Children[i];
                found = current.Start;
            }
        }
        return (found, current, true);
    }

    // An item names itself by its name, or (a source built on a preset) by the preset's.
    private static bool Names(YamlNode item, string name) =>
        item is YamlMappingNode map && (Value(map, "name") is { } n ? n == name : Value(map, "preset") == name);

    private static string? Value(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var k } && k == key).Value is YamlScalarNode { Value: var v } ? v : null;
}
