using System.CommandLine;
using System.Globalization;

namespace SimCluster.Cli;

/// <summary>--seed N: replaces the scenario's seed.</summary>
public static class SeedOption
{
    /// <summary>The option.</summary>
    public static Option<string?> Create() =>
        new("--seed") { Description = "Seed of the counter-based RNG, an integer in [0, 18446744073709551615] [default: the scenario's seed]", HelpName = "n" };

    /// <summary>The seed given, or null.</summary>
    public static ulong? Get(ParseResult result, Option<string?> option)
    {
        string? text = result.GetValue(option);
        if (text is null) return null;
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed)
            ? seed
            : throw new UsageException($"--seed: '{text}' is not an integer in [0, 18446744073709551615]");
    }
}
