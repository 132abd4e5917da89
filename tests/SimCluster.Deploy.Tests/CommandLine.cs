namespace SimCluster.Deploy.Tests;

/// <summary>A command line as a container runs it: a list of arguments, options followed by their values.</summary>
public static class CommandLine
{
    /// <summary>The value after <paramref name="option"/>; fails the test when the option is missing or has none.</summary>
    public static string OptionValue(IReadOnlyList<string> args, string option)
    {
        int i = IndexOf(args, option);
        Assert.True(i >= 0, $"'{option}' is not in: {string.Join(' ', args)}");
        Assert.True(i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal), $"'{option}' has no value in: {string.Join(' ', args)}");
        return args[i + 1];
    }

    public static bool Has(IReadOnlyList<string> args, string option) => IndexOf(args, option) >= 0;

    /// <summary>The options (arguments starting with --) in order.</summary>
    public static IReadOnlyList<string> Options(IReadOnlyList<string> args) =>
        args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToList();

    private static int IndexOf(IReadOnlyList<string> args, string option)
    {
        for (int i = 0; i < args.Count; i++) if (args[i] == option) return i;
        return -1;
    }

    /// <summary>"host:port" split; fails the test on anything else.</summary>
    public static (string Host, int Port) HostAndPort(string address)
    {
        var parts = address.Split(':');
        Assert.True(parts.Length == 2 && int.TryParse(parts[1], out _), $"'{address}' is not host:port");
        return (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
