using SimCluster.Model.Scenarios;

namespace SimCluster.Cli.Outputs;

/// <summary>The first line a command that runs a scenario prints: what ran, so the tables under it can be read alone.</summary>
public static class RunHeader
{
    /// <summary>"baseline: 4 labs, 480 steps of 1 month(s) from 2024, seed 42".</summary>
    public static string Line(ScenarioSpec spec) =>
        $"{spec.Name}: {spec.Labs.Count} labs, {spec.Steps} steps of {Format.Sig(spec.StepMonths)} month(s) from {Format.Sig(spec.StartYear)}, seed {spec.Seed}";
}
