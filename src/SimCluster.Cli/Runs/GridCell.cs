using SimCluster.Scenarios;

namespace SimCluster.Cli.Runs;

/// <summary>One cell of a grid sweep: its number, the value of each grid parameter, and what it runs.</summary>
/// <param name="Number">1-based, in the order the cells run (the last grid parameter varies fastest).</param>
/// <param name="Values">Each grid parameter's key and value, in the order the parameters were given.</param>
/// <param name="Scenario">The scenario with the cell's values (and every --set) in place.</param>
/// <param name="Sweep">The Monte Carlo sweep of the cell; null when nothing in it is uncertain and one run says it all.</param>
/// <param name="Folder">The cell's subfolder of the outputs, e.g. <c>cell-03</c>.</param>
public sealed record GridCell(int Number, IReadOnlyList<(string Key, string Value)> Values, LoadedScenario Scenario, SweepJob? Sweep, string Folder)
{
    /// <summary>"KEY=VALUE KEY=VALUE", for progress lines.</summary>
    public string Describe() => string.Join(" ", Values.Select(v => $"{v.Key}={v.Value}"));
}
