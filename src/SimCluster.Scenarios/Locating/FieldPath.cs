using System.Globalization;
using System.Text.RegularExpressions;

namespace SimCluster.Scenarios.Locating;

/// <summary>
/// Splits a field path (<c>labs[1].budget.growth_factor_per_year</c>) into keys and list indexes: one parser for
/// every place that walks a path, the YAML document when locating errors and the writer's tree when it puts
/// distributions back.
/// </summary>
internal static partial class FieldPath
{
    /// <summary>The segments up to the first malformed one (a malformed path simply matches less).</summary>
    public static IEnumerable<(string Key, IReadOnlyList<int> Indexes)> Segments(string path)
    {
        if (path.Length == 0) yield break;
        foreach (string part in path.Split('.'))
        {
            var match = Segment().Match(part);
            if (!match.Success) yield break;
            yield return (match.Groups[1].Value, match.Groups[2].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToArray());
        }
    }

    /// <summary>The path with every list index written as [i]: <c>sources[i].quality</c> stands for every source's.</summary>
    public static string Generalise(string path) => Index().Replace(path, "[i]");

    [GeneratedRegex(@"^([^\[\]]+)(?:\[(\d+)\])*$")]
    private static partial Regex Segment();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
