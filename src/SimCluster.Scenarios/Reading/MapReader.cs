using SimCluster.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Reading;

/// <summary>
/// Typed, path-aware access to one YAML map. On creation it reports every key outside <c>allowed</c> (with a
/// "did you mean"); each getter reports a wrong type or a missing required key at the right line and falls back to
/// a default so reading goes on and every error of a file surfaces in one pass. A number may be a distribution
/// map (<see cref="DistributionReader"/>): only here is the field's path known, which decides whether it may vary.
/// </summary>
internal sealed class MapReader
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _allowed;

    public MapReader(YamlMappingNode node, string path, IReadOnlyList<string> allowed, ErrorSink errors)
    {
        Node = node;
        Path = path;
        Errors = errors;
        _allowed = allowed;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode k || YamlValues.AsString(k) is not { } name)
            {
                errors.At(key, path, $"keys must be plain names; got {YamlValues.Describe(key)}");
                continue;
            }
            if (!allowed.Contains(name, StringComparer.Ordinal))
                errors.At(k, At(name), $"unknown key {IssueText.Quote(name)}; {Suggestions.Allowed(name, allowed)}");
            else
                _entries[name] = (k, value);
        }
    }

    public YamlMappingNode Node { get; }

    public string Path { get; }

    public ErrorSink Errors { get; }

    public string At(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>The value under <paramref name="key"/>; null when absent or written as null.</summary>
    public YamlNode? Get(string key)
    {
        if (!_allowed.Contains(key, StringComparer.Ordinal))
            throw new InvalidOperationException($"reader asked for '{key}', which is not among the keys of {Path}: a ScenarioKeys list is out of date");
        return _entries.TryGetValue(key, out var e) && !YamlValues.IsNull(e.Value) ? e.Value : null;
    }

    public void Missing(string key, string expected)
    {
        if (_entries.TryGetValue(key, out var e)) Errors.At(e.Value, At(key), $"required field '{key}' is empty; expected {expected}");
        else Errors.At(Node, At(key), $"required field '{key}' is missing; expected {expected}");
    }

    public double Number(string key, double fallback) => Get(key) is { } v ? ReadNumber(v, At(key)) ?? fallback : fallback;

    public double? OptionalNumber(string key) => Get(key) is { } v ? ReadNumber(v, At(key)) : null;

    public double RequiredNumber(string key, string expected)
    {
        if (Get(key) is { } v) return ReadNumber(v, At(key)) ?? double.NaN;
        Missing(key, expected);
        return double.NaN;
    }

    public string? OptionalString(string key) => Get(key) is { } v ? ReadString(v, At(key)) : null;

    public string RequiredString(string key, string expected)
    {
        if (Get(key) is { } v) return ReadString(v, At(key)) ?? "";
        Missing(key, expected);
        return "";
    }

    public ulong Unsigned(string key, ulong fallback)
    {
        if (Get(key) is not { } v) return fallback;
        if (YamlValues.TryUnsigned(v, out ulong value)) return value;
        if (v is YamlMappingNode map && DistributionReader.IsDistribution(map))
        {
            DistributionReader.Read(map, At(key), Errors); // refused with the list of fields that can vary
            return fallback;
        }
        Errors.At(v, At(key), $"expected a whole number in [0, {ulong.MaxValue}]; got {YamlValues.Describe(v)}");
        return fallback;
    }

    /// <summary>A name from a fixed set; an unknown one is reported with the allowed names.</summary>
    public T Choice<T>(string key, IReadOnlyDictionary<string, T> options, T fallback)
    {
        if (Get(key) is not { } v || ReadString(v, At(key)) is not { } name) return fallback;
        if (options.TryGetValue(name, out var value)) return value;
        Errors.At(v, At(key), $"unknown value {IssueText.Quote(name)}; {Suggestions.Allowed(name, options.Keys)}");
        return fallback;
    }

    /// <summary>A nested map as its own reader; null (and an error) when the value is something else.</summary>
    public MapReader? Map(string key, IReadOnlyList<string> allowed) => Get(key) is { } v ? AsMap(v, At(key), allowed, Errors) : null;

    public YamlSequenceNode? List(string key)
    {
        if (Get(key) is not { } v) return null;
        if (v is YamlSequenceNode s) return s;
        Errors.At(v, At(key), $"expected a list; got {YamlValues.Describe(v)}");
        return null;
    }

    public static MapReader? AsMap(YamlNode node, string path, IReadOnlyList<string> allowed, ErrorSink errors)
    {
        if (node is YamlMappingNode m) return new MapReader(m, path, allowed, errors);
        errors.At(node, path, $"expected a map with keys {string.Join(", ", allowed)}; got {YamlValues.Describe(node)}");
        return null;
    }

    public static string? ReadString(YamlNode node, string path, ErrorSink errors)
    {
        if (YamlValues.AsString(node) is { } s && s.Trim().Length > 0) return s;
        errors.At(node, path, $"expected a name (text); got {YamlValues.Describe(node)}");
        return null;
    }

    private string? ReadString(YamlNode node, string path) => ReadString(node, path, Errors);

    private double? ReadNumber(YamlNode node, string path)
    {
        // A distribution in place of the number: a map naming a kind anywhere (refused where the field cannot
        // vary), or any map where it can (so a forgotten 'distribution' key is named as such).
        if (node is YamlMappingNode map && (DistributionReader.IsDistribution(map) || VariableFields.Contains(path)))
            return DistributionReader.Read(map, path, Errors);
        if (YamlValues.TryNumber(node, out double value, out string problem)) return value;
        Errors.At(node, path, problem);
        return null;
    }
}
