using SimCluster.Model.Capability;
using SimCluster.Model.Data;
using SimCluster.Model.Hardware;
using SimCluster.Model.Progress;
using SimCluster.Model.Scaling;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Strategy;
using SimCluster.Model.Synthetic;

namespace SimCluster.Scenarios.Tests;

public sealed class RoundTripTests
{
    private static ScenarioSpec Reload(string text)
    {
        var result = ScenarioLoader.Parse(text, "scenario.resolved.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors) + "\n" + text);
        return result.Scenario!.Spec;
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios.All), MemberType = typeof(ShippedScenarios))]
    public void Writing_then_loading_a_shipped_scenario_gives_an_equal_spec(string name)
    {
        var loaded = ShippedScenarios.Load(name);
        string written = ScenarioWriter.Write(loaded.Spec, loaded.Description, "test-1.0");
        var again = ScenarioLoader.Parse(written, "scenario.resolved.yaml");
        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        SpecAssert.Equal(loaded.Spec, again.Scenario!.Spec);
        Assert.Equal(loaded.Description, again.Scenario.Description);
        Assert.Equal(written, ScenarioWriter.Write(again.Scenario.Spec, again.Scenario.Description, "test-1.0"));
    }

    [Fact]
    public void Every_value_off_the_beaten_path_survives_the_round_trip()
    {
        var spec = ShippedScenarios.Load("baseline").Spec;
        var odd = spec with
        {
            Name = "odd-name.v2",
            StartYear = 2024.5,
            StepMonths = 0.1 + 0.2, // 0.30000000000000004: only shortest round-trip text keeps it
            Seed = ulong.MaxValue,
            World = spec.World with
            {
                StartYear = 2024.5,
                Constants = new LossConstants("my fit", 1.0 / 3, 400.123456789, 410.7, 0.34, 0.28),
                Progress = AlgorithmicProgressParameters.None,
                Synthetic = spec.World.Synthetic with { CollapseKappa = Math.PI / 50 },
            },
            Sources = [spec.Sources[0] with { FirstYear = 2030.25, Rivalry = Rivalry.Exclusive }, .. spec.Sources.Skip(1)],
            Clusters = [spec.Clusters[0] with { PowerCapMw = 1234.5, Hardware = HardwareParameters.Default with { Mfu = 0.43 } }, .. spec.Clusters.Skip(1)],
            Labs =
            [
                spec.Labs[0] with
                {
                    Name = "odd: name # with yes",
                    Strategy = new LabStrategy("mine", new ComputeShares(0.7, 0.1, 0.1, 0.1), AllocationPolicy.Overtrain(2.5), SyntheticMode.Replace, 3, new ComputeShares(0.1, 0.2, 0.3, 0.4)),
                    InitialParams = 7.123456789e11,
                },
                .. spec.Labs.Skip(1),
            ],
        };
        string text = ScenarioWriter.Write(odd, "line one\n\"quoted\" line two", "9.9.9");
        SpecAssert.Equal(odd, Reload(text));
        Assert.Contains("step_months: 0.30000000000000004\n", text);
        Assert.Contains("first_year: -.inf\n", text);
    }

    [Fact]
    public void The_resolved_file_names_version_and_seed_and_spells_out_presets_and_defaults()
    {
        string text = ScenarioWriter.Write(ShippedScenarios.Load("baseline").Spec, null, "0.1.0+abc");
        string[] lines = text.Split('\n');
        Assert.StartsWith("# scenario.resolved.yaml, written by simcluster 0.1.0+abc", lines[0]);
        Assert.Contains("seed 42", lines[1]);
        Assert.DoesNotContain("preset:", text);
        Assert.DoesNotContain("description", text);
        Assert.Contains("  algorithmic_progress:\n    doubling_months: 8\n    slowdown_half_life_years: 15\n    data_efficiency_share: 0.25\n", text);
        Assert.Contains("    power_cap_mw: 5000\n", text);
        Assert.Contains("    power_cap_mw: null\n", ScenarioWriter.Write(ShippedScenarios.Load("seed-formula").Spec, null, "0.1.0")); // no cap is written, not omitted
        Assert.Contains("      shares_when_data_short: null\n", text);
        Assert.Contains("    initial_stock_tokens: 3e14\n", text);
        foreach (string level in ScenarioKeys.Hardware) Assert.Contains($"      {level}: ", text);
    }
}
