using System.CommandLine;
using SimCluster.Model.Scaling;

namespace SimCluster.Cli;

/// <summary>--constants: one of the built-in loss-constant sets.</summary>
public static class ConstantsOption
{
    private static string Allowed => string.Join("|", LossConstants.BuiltIn.Select(c => c.Name));

    /// <summary>Creates the option.</summary>
    public static Option<string> Create() => new("--constants")
    {
        Description = $"Loss-law constants: {Allowed} (kaplan2020 is WebText2 nats and not offered here)",
        DefaultValueFactory = _ => LossConstants.Besiroglu2024.Name,
        HelpName = "set",
    };

    /// <summary>Resolves the set or throws a <see cref="UsageException"/>.</summary>
    public static LossConstants Get(ParseResult result, Option<string> option)
    {
        string name = result.GetValue(option) ?? "";
        return LossConstants.Find(name) ?? throw new UsageException($"--constants must be one of {Allowed}; got '{name}'");
    }
}
