using SimCluster.Cli.Runs;
using SimCluster.Model.World;
using SimCluster.Scenarios;

namespace SimCluster.Cli.Outputs;

/// <summary>summary.json: what produced the run, and every lab's summary (capability K at 2030/2040/2064, final K and
/// C_eq, capability and GPQA milestones, data exhaustion, final state; see <see cref="LabSummary"/>).</summary>
public sealed record SummaryDocument(
    string Program, string ScenarioFile, string Scenario, ulong Seed, double StartYear, double EndYear, long Steps, IReadOnlyList<LabSummary> Labs)
{
    /// <summary>The document of a run of <paramref name="scenario"/>.</summary>
    public static SummaryDocument From(LoadedScenario scenario, RunSummary s) =>
        new(ProgramInfo.Version, scenario.FileName, s.Scenario, s.Seed, s.StartYear, s.EndYear, s.Steps, s.Labs);
}
