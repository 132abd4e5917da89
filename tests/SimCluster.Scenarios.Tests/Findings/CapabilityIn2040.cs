using SimCluster.Model.Scenarios;
using SimCluster.Model.World;
using SimCluster.Scenarios.Overrides;

namespace SimCluster.Scenarios.Tests.Findings;

/// <summary>Runs a shipped scenario, with <c>--set</c>-style overrides, to 2040 and reads each lab's capability then.</summary>
internal static class CapabilityIn2040
{
    public const double Year = 2040;

    /// <summary>K at the first step at or after 2040, by lab.</summary>
    public static IReadOnlyDictionary<string, double> Of(string scenario, params string[] sets) => Of(Spec(scenario, sets));

    /// <summary>K at the first step at or after 2040, by lab.</summary>
    public static IReadOnlyDictionary<string, double> Of(ScenarioSpec spec) => Rows(spec).ToDictionary(r => r.Lab, r => r.CapabilityEci);

    /// <summary>Each lab's row at the first step at or after 2040.</summary>
    public static IEnumerable<TrajectoryRow> Rows(ScenarioSpec spec) =>
        WorldRun.RunAll(spec with { EndYear = Year }).Labs.GroupBy(r => r.Lab).Select(g => g.First(r => r.Year >= Year - 1e-9));

    /// <summary>K at the scenario's last step, by lab: for levers whose effect builds up over decades after the wall.</summary>
    public static IReadOnlyDictionary<string, double> AtEnd(string scenario, params string[] sets) =>
        WorldRun.RunAll(Spec(scenario, sets)).Labs.GroupBy(r => r.Lab).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Step)!.CapabilityEci);

    /// <summary>The shipped scenario with <paramref name="sets"/> (KEY=VALUE) applied as <c>--set</c> would.</summary>
    public static ScenarioSpec Spec(string scenario, params string[] sets)
    {
        var overrides = sets.Select(s => ScenarioOverride.Parse(s, "--set", out _) ?? throw new ArgumentException(s)).ToArray();
        var result = ScenarioLoader.Load(ShippedScenarios.PathOf(scenario), overrides);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Scenario!.Spec;
    }

    /// <summary>"lab: a → b (+d)" for every lab, for messages that report the measured magnitude.</summary>
    public static string Show(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after) =>
        string.Join("; ", before.Keys.Order(StringComparer.Ordinal).Select(l => $"{l}: {before[l]:0.00} -> {after[l]:0.00} ({after[l] - before[l]:+0.00;-0.00})"));
}
