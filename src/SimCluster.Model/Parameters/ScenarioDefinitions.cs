using SimCluster.Model.Scenarios;
using static SimCluster.Model.Parameters.Define;

namespace SimCluster.Model.Parameters;

/// <summary>The top level of a scenario: its name, time grid and seed, and the sections below.</summary>
internal static class ScenarioDefinitions
{
    private static readonly Lens<ScenarioSpec> S = Lenses.Scenario;

    public static IEnumerable<Parameter> All() =>
    [
        Text("name", S, s => s.Name, "the scenario's name; it names the output folder", "required", required: true),
        new() { Key = "description", Kind = ParameterKind.Text, Description = "free text kept with the scenario and its outputs", Default = "none" },
        // The world's trends are referenced to the same year, so the two move together.
        Number("start_year", S, s => s.StartYear, (s, v) => s with { StartYear = v, World = s.World with { StartYear = v } }, "t0, the decimal year the run starts", "year",
            ScenarioRanges.StartYear, "2024", "", variable: false),
        Number("end_year", S, s => s.EndYear, (s, v) => s with { EndYear = v }, "the last year simulated", "year",
            null, "required", "", variable: false, required: true),
        Number("step_months", S, s => s.StepMonths, (s, v) => s with { StepMonths = v }, "Δ, the length of a step", "months",
            ScenarioRanges.StepMonths, "1", "", variable: false),
        new()
        {
            Key = "seed", Kind = ParameterKind.Integer, Description = "seed of the counter-based RNG that draws a sweep's values", Default = "1",
            Text = (s, _) => [s.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        },
        Section("world", "the model constants every lab shares", "the defaults below"),
        new() { Key = "sources", Kind = ParameterKind.Entities, Description = "the human-data sources, each a preset or a full definition", Required = true },
        new() { Key = "clusters", Kind = ParameterKind.Entities, Description = "the GPU clusters", Required = true },
        new() { Key = "labs", Kind = ParameterKind.Entities, Description = "the labs", Required = true },
    ];
}
