using System.CommandLine;
using System.Globalization;

namespace SimCluster.Cli;

/// <summary>--seed N: replaces the scenario's seed, for the commands that draw at random (sweep).</summary>
public static class SeedOption
{
    private const string Name = "--seed";

    /// <summary>The option.</summary>
    public static Option<string?> Create() =>
        new(Name) { Description = "Seed of the counter-based RNG the replicates draw from, an integer in [0, 18446744073709551615] [default: the scenario's seed]", HelpName = "n" };

    /// <summary>The option on a command that draws nothing at random (run, compare): hidden from help, and refused by
    /// <see cref="Refuse"/> so that a user who gives it learns why instead of getting a second, identical run.</summary>
    public static Option<string?> CreateRefused() => new(Name) { Hidden = true };

    /// <summary>Throws a usage error when <paramref name="option"/> was given.</summary>
    public static void Refuse(ParseResult result, Option<string?> option, string command)
    {
        if (result.GetValue(option) is null) return;
        throw new UsageException($"--seed: {command} draws nothing at random (distributions run at their medians), so a seed would change nothing; " +
            "use sweep --seed N for random draws");
    }

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
