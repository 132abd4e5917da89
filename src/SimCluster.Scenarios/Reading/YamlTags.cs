using SimCluster.Model.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SimCluster.Scenarios.Reading;

/// <summary>
/// Which explicit YAML tags a scenario may carry. A tag changes what a value means (<c>!!null 5</c> is null,
/// <c>!!python/object</c> asks for an object), and the readers decide meaning from the field, so only tags that
/// restate what a node already is are harmless: <c>!!str</c> on a scalar (it makes <c>!!str 2024</c> a name),
/// <c>!!map</c> on a map, <c>!!seq</c> on a list. Every other tag, the core schema's <c>!!int</c>, <c>!!float</c>,
/// <c>!!bool</c> and <c>!!null</c> included, is refused rather than silently ignored.
/// </summary>
internal static class YamlTags
{
    private const string CorePrefix = "tag:yaml.org,2002:";

    /// <summary>Null when <paramref name="node"/> has no tag or a harmless one; else the error message.</summary>
    public static string? Refusal(NodeEvent node)
    {
        var tag = node.Tag;
        if (tag.IsEmpty) return null;
        string? harmless = node switch
        {
            Scalar => CorePrefix + "str",
            MappingStart => CorePrefix + "map",
            SequenceStart => CorePrefix + "seq",
            _ => null,
        };
        if (!tag.IsNonSpecific && tag.Value == harmless) return null;
        return $"explicit tag {IssueText.Quote(Show(tag))} is not allowed: scenario values are plain numbers, names, lists " +
            "and maps, read by what their field expects; remove the tag (only !!str on text, !!map on a map and !!seq on a list are accepted)";
    }

    /// <summary>A tag as it is usually written: <c>!!int</c> for the core schema's, <c>!local</c>, or <c>!&lt;uri&gt;</c>.</summary>
    private static string Show(TagName tag)
    {
        if (tag.IsNonSpecific) return "!";
        string v = tag.Value;
        return v.StartsWith(CorePrefix, StringComparison.Ordinal) ? "!!" + v[CorePrefix.Length..] : v.StartsWith('!') ? v : $"!<{v}>";
    }
}
