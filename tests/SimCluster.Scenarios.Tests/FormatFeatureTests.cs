using SimCluster.Model.Capability;
using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scaling;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;
using SimCluster.Model.Synthetic;

namespace SimCluster.Scenarios.Tests;

/// <summary>What the format lets a user write: presets with overrides, defaults, custom constants, explicit nulls.</summary>
public sealed class FormatFeatureTests
{
    private static LoadedScenario Load(string yaml)
    {
        var result = ScenarioLoader.Parse(yaml, "f.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Scenario!;
    }

    private const string Minimal = """
        name: minimal
        end_year: 2030
        sources: [{preset: public-web-text}]
        clusters: [{name: c}]
        labs: [{name: a, cluster: c, sources: [public-web-text], strategy: balanced}]
        """;

    [Fact]
    public void Everything_left_out_takes_the_model_defaults()
    {
        var s = Load(Minimal).Spec;
        Assert.Equal((2024.0, 1.0, 1UL), (s.StartYear, s.StepMonths, s.Seed));
        Assert.Equal(WorldParameters.Default, s.World);
        Assert.Equal(DataSourcePresets.PublicWebText, s.Sources[0]);
        Assert.Equal(new Model.Scenarios.ClusterSpec("c", HardwareParameters.Default), s.Clusters[0]);
        Assert.Equal(StrategyPresets.Balanced, s.Labs[0].Strategy);
        Assert.Equal(BudgetParameters.Default, s.Labs[0].Budget);
        Assert.Equal((405e9, 15.6e12), (s.Labs[0].InitialParams, s.Labs[0].InitialTokens));
    }

    [Fact]
    public void The_world_start_year_follows_the_scenario()
    {
        var s = Load(Minimal.Replace("end_year: 2030", "start_year: 2026\nend_year: 2030")).Spec;
        Assert.Equal(2026, s.World.StartYear);
    }

    [Fact]
    public void A_preset_source_takes_overrides_and_a_new_name()
    {
        var s = Load(Minimal.Replace("[{preset: public-web-text}]", "[{preset: public-web-text, name: web, growth_fraction_per_year: 0.02, first_year: 2025}]")
            .Replace("sources: [public-web-text]", "sources: [web]")).Spec;
        Assert.Equal(DataSourcePresets.PublicWebText with { Name = "web", GrowthFractionPerYear = 0.02, FirstYear = 2025 }, s.Sources[0]);
    }

    [Fact]
    public void A_strategy_map_overrides_its_preset_and_null_turns_the_adaptive_rule_off()
    {
        var s = Load(Minimal.Replace("strategy: balanced",
            "strategy: {preset: adaptive, allocation: overtrain(10), synthetic_mode: replace, training_run_months: 3, shares_when_data_short: null}")).Spec;
        Assert.Equal(StrategyPresets.Adaptive with
        {
            Allocation = AllocationPolicy.Overtrain(10), SyntheticMode = SyntheticMode.Replace, TrainingRunMonths = 3, SharesWhenDataShort = null,
        }, s.Labs[0].Strategy);
    }

    [Fact]
    public void A_strategy_map_without_preset_needs_only_shares()
    {
        var s = Load(Minimal.Replace("strategy: balanced", "strategy: {shares: {pretrain: 1, synthetic: 0, rl: 0, inference: 0}}")).Spec;
        Assert.Equal(new LabStrategy("custom", new ComputeShares(1, 0, 0, 0), AllocationPolicy.DataConstrained), s.Labs[0].Strategy);
    }

    [Fact]
    public void Custom_loss_constants_are_a_map_and_the_v1_gpqa_mapping_is_refused()
    {
        var s = Load(Minimal.Replace("end_year: 2030", """
            end_year: 2030
            world:
              loss_constants: {name: mine, irreducible_loss_nats: 1.7, a: 400, b: 410, alpha: 0.34, beta: 0.28}
            """)).Spec;
        Assert.Equal(new LossConstants("mine", 1.7, 400, 410, 0.34, 0.28), s.World.Constants);
        var refused = ScenarioLoader.Parse(Minimal.Replace("end_year: 2030", "end_year: 2030\nworld:\n  gpqa_mapping: {steepness: 3}"), "x.yaml");
        Assert.Contains(refused.Errors, e => e.Message.Contains("gpqa_mapping"));
    }

    [Fact]
    public void Infinity_and_scientific_notation_are_numbers()
    {
        var s = Load(Minimal.Replace("end_year: 2030", "end_year: 2030\nworld: {algorithmic_progress: {doubling_months: .inf}}")
            .Replace("[{name: c}]", "[{name: c, initial_gpus: 1.6e4, power_cap_mw: 5e3}]")).Spec;
        Assert.Equal(double.PositiveInfinity, s.World.Progress.DoublingMonths);
        Assert.Equal((16_000.0, (double?)5000), (s.Clusters[0].InitialGpus, s.Clusters[0].PowerCapMw));
    }

    [Fact]
    public void The_description_is_kept_beside_the_spec()
    {
        var loaded = Load("description: why this run\n" + Minimal);
        Assert.Equal("why this run", loaded.Description);
        Assert.Null(Load(Minimal).Description);
    }
}
