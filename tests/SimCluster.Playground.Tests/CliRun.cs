using SimCluster.Cli;

namespace SimCluster.Playground.Tests;

/// <summary>`simcluster run` in this process, as a user would call it: the independent reference the playground must match.</summary>
internal static class CliRun
{
    /// <summary>Runs the shipped <paramref name="scenario"/> with <paramref name="sets"/>; returns the output folder.</summary>
    public static string Run(string scenario, params string[] sets)
    {
        string dir = Path.Combine(Path.GetTempPath(), "simcluster-playground-" + Guid.NewGuid().ToString("N"));
        var args = new List<string> { "run", Scenarios.Path(scenario), "--out", dir };
        foreach (string s in sets) args.AddRange(["--set", s]);
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args.ToArray(), output, error);
        Assert.True(code == 0, $"run exited {code}: {error}");
        return dir;
    }

    /// <summary>Runs a command; returns its exit code and what it wrote.</summary>
    public static (int Code, string Output, string Error) Command(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

/// <summary>The shipped scenarios, as the build copies them beside the program.</summary>
internal static class Scenarios
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "scenarios", name + ".yaml");
}
