using SimCluster.Abstractions;
using SimCluster.Model.Guards;
using SimCluster.Model.World;
using SimCluster.Scenarios;

namespace SimCluster.Cli.Playground;

/// <summary>A finished run of one state: what <c>simcluster run</c> would have written for the same scenario and overrides.</summary>
/// <param name="State">The state run.</param>
/// <param name="Scenario">Its resolved scenario.</param>
/// <param name="Result">Rows and summary.</param>
/// <param name="DataWall">Each lab against its twin with unlimited human data.</param>
/// <param name="Warnings">Sanity guards that fired.</param>
/// <param name="ElapsedMs">Time to compute it, from resolving the state to the measures.</param>
public sealed record PlaygroundRun(
    PlaygroundState State, LoadedScenario Scenario, RunResult Result, IReadOnlyList<DataWallResult> DataWall, IReadOnlyList<GuardWarning> Warnings, double ElapsedMs);
