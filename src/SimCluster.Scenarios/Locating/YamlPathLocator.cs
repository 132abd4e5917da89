using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Locating;

/// <summary>
/// Finds where a field path (<c>labs[1].strategy.shares</c>) is written in a YAML document. A map entry is found
/// at its key; a list item at its start. When the path goes deeper than the file (a field left to its default, or a
/// preset name where a map could be) the deepest node that exists stands for it: the user fixes it there.
/// </summary>
internal static class YamlPathLocator
{
    public static Mark Locate(YamlNode root, string path)
    {
        Mark found = root.Start;
        YamlNode? current = root;
        foreach (var (key, indexes) in FieldPath.Segments(path))
        {
            if (current is not YamlMappingNode map) return found;
            var entry = map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var v } && v == key);
            if (entry.Key is null) return found;
            found = entry.Key.Start;
            current = entry.Value;
            foreach (int i in indexes)
            {
                if (current is not YamlSequenceNode list || i >= list.Children.Count) return found;
                current = list.Children[i];
                found = current.Start;
            }
        }
        return found;
    }

    /// <summary>Whether every segment of the path exists in the document (tests use it to keep keys and paths in step).</summary>
    public static bool Exists(YamlNode root, string path)
    {
        YamlNode? current = root;
        foreach (var (key, indexes) in FieldPath.Segments(path))
        {
            if (current is not YamlMappingNode map) return false;
            current = map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var v } && v == key).Value;
            if (current is null) return false;
            foreach (int i in indexes)
            {
                if (current is not YamlSequenceNode list || i >= list.Children.Count) return false;
                current = list.Children[i];
            }
        }
        return true;
    }
}
