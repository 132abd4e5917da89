using System.CommandLine;
using SimCluster.Scenarios.Overrides;

namespace SimCluster.Cli;

/// <summary>--set KEY=VALUE (repeatable): a parameter's value in place of the scenario file's, checked as the file's would be.</summary>
public static class SetOption
{
    /// <summary>The option. <paramref name="distributions"/>: whether the command draws from distributions (sweep).</summary>
    public static Option<string[]> Create(bool distributions) => new("--set")
    {
        Description = "Give a parameter this value instead of the file's (repeatable). KEY is the parameter's path in the file with entities by name, " +
            "e.g. sources.public-web-text.initial_stock_tokens=1e14 or labs.NAME.budget.initial_usd_per_year=7e9; VALUE is checked as the same value " +
            "in the file would be" + (distributions ? ", and may be a distribution in the file's syntax, e.g. '{distribution: lognormal, median: 3e14, p90: 1e15}'" : ""),
        HelpName = "key=value",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The overrides given, in order; text not of the form KEY=VALUE is a usage error.</summary>
    public static IReadOnlyList<ScenarioOverride> Get(ParseResult result, Option<string[]> option) =>
        (result.GetValue(option) ?? []).Select(text => ScenarioOverride.Parse(text, "--set", out string? problem)
            ?? throw new UsageException($"--set '{text}': {problem}")).ToArray();
}
