using System.Text.Json;
using System.Text.Json.Nodes;
using SimCluster.Cli.Runs;
using SimCluster.Model.Guards;
using SimCluster.Model.World;
using SimCluster.Scenarios;

namespace SimCluster.Cli.Outputs;

/// <summary>summary.json: what produced the run, the sanity guards' warnings (empty when the run stayed in a world that
/// could exist), and every lab's summary (capability K at 2030/2040/2064, final K and
/// C_eq, capability and GPQA milestones, data exhaustion, final state; see <see cref="LabSummary"/>), followed by what
/// the data wall cost it (<see cref="DataWallResult"/>): <c>data_wall_years_lost</c> and <c>capability_eci_without_data_wall</c>.</summary>
/// <remarks>Each lab is a JSON object rather than a record so the data-wall fields sit beside the lab's summary
/// without copying <see cref="LabSummary"/>'s fields into a second record that could drift from it.</remarks>
public sealed record SummaryDocument(
    string Program, string ScenarioFile, string Scenario, ulong Seed, double StartYear, double EndYear, long Steps, IReadOnlyList<GuardWarning> Warnings,
    IReadOnlyList<JsonObject> Labs)
{
    /// <summary>The document of a run of <paramref name="scenario"/>, with each lab's <paramref name="dataWall"/> result.</summary>
    public static SummaryDocument From(LoadedScenario scenario, RunSummary s, IReadOnlyList<DataWallResult> dataWall, IReadOnlyList<GuardWarning> warnings)
    {
        var wall = dataWall.ToDictionary(d => d.Lab, StringComparer.Ordinal);
        var labs = s.Labs.Select(l =>
        {
            var lab = JsonSerializer.SerializeToNode(l, Json.Options)!.AsObject();
            var d = wall.GetValueOrDefault(l.Lab);
            lab["data_wall_years_lost"] = d?.YearsLost;
            lab["capability_eci_without_data_wall"] = d?.CapabilityEciWithoutDataWall;
            return lab;
        }).ToArray();
        return new(ProgramInfo.Version, scenario.FileName, s.Scenario, s.Seed, s.StartYear, s.EndYear, s.Steps, warnings, labs);
    }
}
