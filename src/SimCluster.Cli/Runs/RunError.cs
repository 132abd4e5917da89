using SimCluster.Model.Scenarios;

namespace SimCluster.Cli.Runs;

/// <summary>How a <see cref="ScenarioRunException"/> reads on the command line: <c>FILE: PATH: DETAIL (in YEAR)</c>, one line.</summary>
public static class RunError
{
    /// <summary>The error line (without the "error: " every usage error gets).</summary>
    public static string Line(string file, ScenarioRunException e) =>
        IssueText.OneLine($"{file}: {e.Path}: {e.Detail} (in {e.Month})");
}
