using System.Text.Json.Nodes;
using SimCluster.Scenarios.Reading;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Tests;

/// <summary>
/// YAML to JSON as an editor's schema validator sees it (YAML 1.2 core schema). JSON has no infinities, so .inf,
/// -.inf and .nan become the strings ".inf", "-.inf", ".nan", which the schema accepts where they make sense.
/// </summary>
public static class YamlToJson
{
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(Convert).ToArray()),
        _ when YamlValues.IsNull(node) => null,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        YamlScalarNode s when YamlValues.TryUnsigned(s, out ulong whole) => JsonValue.Create(whole),
        YamlScalarNode s when YamlValues.TryNumber(s, out double x, out _) => double.IsFinite(x) ? JsonValue.Create(x) : JsonValue.Create(s.Value),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };
}
