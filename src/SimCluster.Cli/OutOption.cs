using System.CommandLine;

namespace SimCluster.Cli;

/// <summary>--out DIR, shared by the commands that write files.</summary>
public static class OutOption
{
    /// <summary>The option, with its default described.</summary>
    public static Option<string?> Create(string defaultDescription) =>
        new("--out") { Description = $"Output directory [default: {defaultDescription}]", HelpName = "dir" };
}
