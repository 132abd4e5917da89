using SimCluster.Model.Parameters;
using SimCluster.Model.Scenarios;
using SimCluster.Scenarios.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Overrides;

/// <summary>
/// Puts overrides into a scenario file's parsed document, as if the file said so: the value replaces what the file
/// writes at the key, or is added to its map, creating the maps on the way (<c>budget</c>, <c>world.synthetic</c>)
/// that the file leaves to their defaults. A strategy written as a preset name becomes <c>{preset: NAME}</c> so one
/// of its fields can be set. Every node it adds is parsed on the override's own line (<see cref="OverrideOrigins"/>).
/// A key must name a parameter this scenario has (from the file loaded as written); anything else gets a did-you-mean.
/// </summary>
internal static class OverrideApplier
{
    private const string PresetKey = "preset";

    public static void Apply(YamlNode root, IReadOnlyList<ScenarioOverride> overrides, ScenarioSpec asWritten, long firstFreeLine, ErrorSink errors)
    {
        var keys = ParameterRegistry.Expand(asWritten).Select(b => b.Key).ToArray();
        long line = firstFreeLine;
        foreach (var o in overrides)
        {
            errors.Origins.Add(line, o.Origin, o.Key);
            var at = new Mark(0, line, 1);
            if (!keys.Contains(o.Key, StringComparer.Ordinal))
                errors.At(at, o.Key, UnknownKey(o.Key, keys, asWritten));
            else if (overrides.Count(x => x.Key == o.Key) > 1)
                errors.At(at, o.Key, "is given more than once; give each key one value");
            else if (new Fragments(line, errors).Parse(o.Value) is { } value)
                Put(root, o.Key, value, new Fragments(line, errors), errors);
            line += OverrideOrigins.LinesEach;
        }
    }

    private static void Put(YamlNode root, string key, YamlNode value, Fragments fragments, ErrorSink errors)
    {
        var (template, entity) = ParameterRegistry.Parse(key);
        var map = (YamlMappingNode)root;
        string walked = "";
        var rest = template.Split('.');
        if (EntityList.Of(template) is { } list)
        {
            var items = (YamlSequenceNode)Value(map, list.Key)!;
            map = (YamlMappingNode)items.Children.First(item => Names(item, entity!));
            walked = $"{list.Key}.{entity}";
            rest = rest[2..];
        }
        for (int i = 0; i < rest.Length - 1; i++)
        {
            string segment = rest[i];
            walked = walked.Length == 0 ? segment : $"{walked}.{segment}";
            switch (Value(map, segment))
            {
                case YamlMappingNode inner:
                    map = inner;
                    continue;
                case YamlScalarNode name when ParameterRegistry.Find(ParameterRegistry.Parse(walked).Template + "." + PresetKey) is not null:
                    // A preset written by name is the same as a map naming that preset.
                    var expanded = (YamlMappingNode)fragments.Parse("{}")!;
                    expanded.Children.Add(fragments.Parse(PresetKey)!, name);
                    Set(map, segment, expanded, fragments, errors);
                    map = expanded;
                    continue;
                case YamlScalarNode name:
                    errors.At(fragments.At, key, $"the file writes {walked} as the name {IssueText.Quote(name.Value ?? "")}, so it has no field to set; " +
                        $"write {walked} as a map in the file, or set {walked} itself");
                    return;
                case null:
                    var created = (YamlMappingNode)fragments.Parse("{}")!;
                    Set(map, segment, created, fragments, errors);
                    map = created;
                    continue;
                default:
                    errors.At(fragments.At, key, $"the file writes {walked} as a list, so it has no field '{rest[i + 1]}'");
                    return;
            }
        }
        Set(map, rest[^1], value, fragments, errors);
    }

    /// <summary>Writes <paramref name="key"/>: <paramref name="value"/> into <paramref name="map"/>, in place of the
    /// entry the file has (key node included, since errors on a field are located at its key) or after the others.</summary>
    private static void Set(YamlMappingNode map, string key, YamlNode value, Fragments fragments, ErrorSink errors)
    {
        var keyNode = fragments.Parse(key)!;
        int index = IndexOf(map, key);
        if (index >= 0)
        {
            errors.Origins.Anchor(fragments.At.Line, map.Children[index].Value.Start);
            map.Children.RemoveAt(index);
            map.Children.Insert(index, keyNode, value);
        }
        else
        {
            errors.Origins.Anchor(fragments.At.Line, map.End);
            map.Children.Add(keyNode, value);
        }
    }

    private static string UnknownKey(string key, IReadOnlyList<string> keys, ScenarioSpec spec)
    {
        string near = Suggestions.Closest(key, keys) is { } n ? $"did you mean '{n}'? " : "";
        string parent = key.Contains('.', StringComparison.Ordinal) ? key[..key.LastIndexOf('.')] : "";
        var siblings = keys.Where(k => k.StartsWith(parent + ".", StringComparison.Ordinal) && !k[(parent.Length + 1)..].Contains('.', StringComparison.Ordinal))
            .Select(k => k[(parent.Length + 1)..]).ToArray();
        string hint = siblings.Length > 0
            ? $"{parent} has: {string.Join(", ", siblings)}"
            : "a key is a parameter's path in the file with entities by name (" +
              string.Join("; ", EntityList.All.Select(l => $"{l.Key}: {string.Join(", ", l.Names(spec))}")) + "), e.g. " + (keys.FirstOrDefault(k => k.EndsWith(".initial_usd_per_year", StringComparison.Ordinal)) ?? keys[^1]);
        return $"is not a parameter of this scenario; {near}{hint}";
    }

    private static int IndexOf(YamlMappingNode map, string key)
    {
        for (int i = 0; i < map.Children.Count; i++)
            if (map.Children[i].Key is YamlScalarNode { Value: var k } && k == key) return i;
        return -1;
    }

    // A value written as YAML null (or left empty) is as good as absent: the override takes its place.
    private static YamlNode? Value(YamlMappingNode map, string key) =>
        IndexOf(map, key) is var i and >= 0 && !YamlValues.IsNull(map.Children[i].Value) ? map.Children[i].Value : null;

    // An item names itself by its name, or (a source built on a preset) by the preset's, as keys address it.
    private static bool Names(YamlNode item, string name) =>
        item is YamlMappingNode map && ((Value(map, "name") as YamlScalarNode)?.Value ?? (Value(map, PresetKey) as YamlScalarNode)?.Value) == name;

    /// <summary>YAML text parsed into nodes whose marks are on one override's line.</summary>
    private sealed class Fragments(long line, ErrorSink errors)
    {
        public Mark At { get; } = new(0, line, 1);

        public YamlNode? Parse(string text) => YamlDocumentReader.Read(new string('\n', (int)line - 1) + text, errors);
    }
}
