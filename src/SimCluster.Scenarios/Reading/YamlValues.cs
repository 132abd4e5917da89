using System.Globalization;
using System.Text.RegularExpressions;
using SimCluster.Model.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Reading;

/// <summary>
/// How YAML scalars become values, following the YAML 1.2 core schema: only plain (unquoted) scalars can be
/// numbers or null, so <c>"3e14"</c> in quotes is a string, as an editor and the JSON Schema see it.
/// </summary>
internal static partial class YamlValues
{
    private const string StrTag = "tag:yaml.org,2002:str";

    // Of the explicit tags only !!str, !!map and !!seq get this far (YamlTags refuses the rest), so !!null needs no case.
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode s && IsPlain(s) && s.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>A scalar's text when it is a usable string (not null, not a map or list).</summary>
    public static string? AsString(YamlNode node) => node is YamlScalarNode s && !IsNull(node) ? s.Value ?? "" : null;

    /// <summary>
    /// The one place a YAML scalar becomes a number. Accepts plain decimal and scientific notation (3e14, 15.6e12)
    /// and the YAML specials .inf, -.inf, .nan. A distribution map in place of a number
    /// (<c>{distribution: lognormal, median: ..., p90: ...}</c>) is read by <see cref="DistributionReader"/>, called
    /// from <see cref="MapReader"/>, because whether a field may vary depends on its path and its errors on its keys.
    /// </summary>
    public static bool TryNumber(YamlNode node, out double value, out string problem)
    {
        value = double.NaN;
        problem = "";
        if (node is not YamlScalarNode s || !IsPlain(s) || IsNull(node) || s.Value is null)
        {
            problem = $"expected a number (e.g. 3e14, 0.08 or .inf); got {Describe(node)}";
            return false;
        }
        string t = s.Value;
        switch (t)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF": value = double.PositiveInfinity; return true;
            case "-.inf" or "-.Inf" or "-.INF": value = double.NegativeInfinity; return true;
            case ".nan" or ".NaN" or ".NAN": value = double.NaN; return true;
        }
        // The core schema's number syntax; double.TryParse alone would also take "Infinity", "NaN" or "1,000".
        var match = CoreNumber().Match(t);
        if (!match.Success || !double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            problem = $"expected a number (e.g. 3e14, 0.08 or .inf); got {Describe(node)}";
            return false;
        }
        // A literal beyond the double range parses as ±Infinity, one too close to 0 as 0: either would silently
        // become a different number from the one written.
        if (double.IsInfinity(value))
            problem = $"{IssueText.Quote(t)} is out of range: numbers must be within ±{IssueText.Number(double.MaxValue)} (write .inf or -.inf for infinity)";
        else if (value == 0 && match.Groups["mantissa"].Value.AsSpan().IndexOfAnyInRange('1', '9') >= 0)
            problem = $"{IssueText.Quote(t)} is too small to represent: it would read as 0 (the smallest positive number is {IssueText.Number(double.Epsilon)}); write 0 if you mean 0";
        if (problem.Length == 0) return true;
        value = double.NaN;
        return false;
    }

    /// <summary>A whole number in [0, 2^64 − 1] (the seed).</summary>
    public static bool TryUnsigned(YamlNode node, out ulong value)
    {
        value = 0;
        return node is YamlScalarNode s && IsPlain(s) && s.Value is { } t && Digits().IsMatch(t) &&
            ulong.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>What a node is, for messages: "a map", "a list", "the string 'x'", "nothing (null)".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a map",
        YamlSequenceNode => "a list",
        _ when IsNull(node) => "nothing (null)",
        YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } s => $"the quoted string \"{IssueText.Escape(s.Value ?? "")}\" (write numbers without quotes)",
        YamlScalarNode s => IssueText.Quote(s.Value ?? ""),
        _ => "an alias",
    };

    private static bool IsPlain(YamlScalarNode s) => s.Style is ScalarStyle.Plain or ScalarStyle.Any && !HasTag(s, StrTag);

    // An explicit tag such as !!str; untagged nodes carry a "non-specific" tag whose Value throws.
    private static bool HasTag(YamlNode node, string tag) => node.Tag.IsGlobal && node.Tag.Value == tag;

    [GeneratedRegex(@"^[-+]?(?<mantissa>\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex CoreNumber();

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Digits();
}
