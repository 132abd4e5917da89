using System.Globalization;
using SimCluster.Scenarios.Overrides;

namespace SimCluster.Cli.Runs;

/// <summary>One parameter of a grid sweep and the values it takes, as written after <c>--grid KEY=</c>.</summary>
/// <param name="Key">The parameter's key, with entities by name (as for --set).</param>
/// <param name="Values">The values as written: numbers, in the order given.</param>
public sealed record GridAxis(string Key, IReadOnlyList<string> Values)
{
    /// <summary>Parses <c>KEY=v1,v2,...</c>; anything else (no key, no values, an empty or non-numeric value, a value
    /// twice) is a usage error.</summary>
    public static GridAxis Parse(string text)
    {
        if (ScenarioOverride.Parse(text, "--grid", out string? problem) is not { } o)
            throw new UsageException($"--grid '{text}': {problem?.Replace("KEY=VALUE", "KEY=v1,v2,...", StringComparison.Ordinal)}");
        var values = o.Value.Split(',').Select(v => v.Trim()).ToArray();
        if (values.FirstOrDefault(v => !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) is { } bad)
            throw new UsageException($"--grid {o.Key}: {(bad.Length == 0 ? "an empty value" : $"'{bad}' is not a number")}; expected numbers separated by commas, e.g. {o.Key}=1e14,3e14,1e15");
        if (values.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new UsageException($"--grid {o.Key}: the value {twice.Key} is given twice; each cell would be run twice");
        return new GridAxis(o.Key, values);
    }

    /// <summary>The override giving the key value number <paramref name="index"/>; errors in it name <c>--grid KEY=VALUE</c>.</summary>
    public ScenarioOverride Override(int index) => new(Key, Values[index], $"--grid {Key}={Values[index]}");
}
