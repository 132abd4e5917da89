using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;

namespace SimCluster.Model.Tests.Unit;

public sealed class ScenarioValidatorTests
{
    private static ScenarioSpec Valid() => new(
        "test", 2024, 2064, 1, 42, WorldParameters.Default,
        DataSourcePresets.All,
        [new ClusterSpec("c1", HardwareParameters.Default), new ClusterSpec("c2", HardwareParameters.Default, PowerCapMw: 1000)],
        [
            new LabSpec("a", StrategyPresets.RealDataHeavy, BudgetParameters.Default, "c1", ["public-web-text", "licensed-archives"]),
            new LabSpec("b", StrategyPresets.Adaptive, BudgetParameters.Default, "c2", ["public-web-text"]),
        ]);

    private static IReadOnlyList<ScenarioIssue> Issues(ScenarioSpec s) => ScenarioValidator.Validate(s);

    private static void AssertIssue(ScenarioSpec s, string path, string fragment)
    {
        var issues = Issues(s);
        Assert.Contains(issues, i => i.Path == path && i.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void A_sound_scenario_has_no_issues() => Assert.Empty(Issues(Valid()));

    [Fact]
    public void End_before_start_is_named() => AssertIssue(Valid() with { EndYear = 2020 }, "end_year", "after start_year (2024)");

    [Fact]
    public void More_than_100000_steps_is_refused()
    {
        var s = Valid() with { StepMonths = 0.001 };
        Assert.True(s.Steps > ScenarioSpec.MaxSteps);
        AssertIssue(s, "step_months", "at most 100000");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void Negative_nan_and_infinite_values_are_named_with_their_range(double bad)
    {
        var s = Valid();
        s = s with { Clusters = [s.Clusters[0] with { Hardware = HardwareParameters.Default with { GpuPriceUsd0 = bad } }, s.Clusters[1]] };
        AssertIssue(s, "clusters.c1.hardware.gpu_price_usd", "must be USD in [1, 1e9]");
        var t = Valid();
        t = t with { Sources = [t.Sources[0] with { InitialStockTokens = bad }, .. t.Sources.Skip(1)] };
        AssertIssue(t, "sources.public-web-text.initial_stock_tokens", "must be a number of tokens in [0, 1e20]");
    }

    [Fact]
    public void Mfu_outside_0_1_is_named()
    {
        var s = Valid();
        s = s with { Clusters = [s.Clusters[0] with { Hardware = HardwareParameters.Default with { Mfu = 1.2 } }, s.Clusters[1]] };
        AssertIssue(s, "clusters.c1.hardware.mfu", "(0, 1]");
    }

    [Fact]
    public void Shares_not_summing_to_one_are_named()
    {
        var s = Valid();
        var lab = s.Labs[0] with { Strategy = s.Labs[0].Strategy with { Shares = new ComputeShares(0.5, 0.1, 0.1, 0.1) } };
        AssertIssue(s with { Labs = [lab, s.Labs[1]] }, "labs.a.strategy.shares", "sum to 0.8");
    }

    [Fact]
    public void Dangling_cluster_and_source_references_list_what_exists()
    {
        var s = Valid();
        var lab = s.Labs[1] with { Cluster = "nowhere", Sources = ["public-web-text", "dark-web"] };
        s = s with { Labs = [s.Labs[0], lab] };
        AssertIssue(s, "labs.b.cluster", "'nowhere' is not a cluster of this scenario; clusters: c1, c2");
        AssertIssue(s, "labs.b.sources[1]", "'dark-web' is not a data source");
    }

    [Fact]
    public void Duplicate_names_are_named()
    {
        var s = Valid();
        AssertIssue(s with { Labs = [s.Labs[0], s.Labs[1] with { Name = "a" }] }, "labs[1].name", "duplicate lab name 'a'");
        AssertIssue(s with { Clusters = [s.Clusters[0], s.Clusters[0]] }, "clusters[1].name", "duplicate cluster name 'c1'");
    }

    [Fact]
    public void Every_issue_is_reported_at_once()
    {
        var s = Valid() with { EndYear = 2000, StepMonths = -1 };
        Assert.True(Issues(s).Count >= 2);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("/etc/cron.d/x")]
    [InlineData("a\0b")]
    public void A_scenario_name_that_is_not_one_safe_path_segment_is_refused_by_a_grain_too(string name) =>
        AssertIssue(Valid() with { Name = name }, "name", "must be one path segment for the output folder");

    [Fact]
    public void A_blank_lab_name_is_refused() =>
        AssertIssue(Valid() with { Labs = [Valid().Labs[0] with { Name = "  " }, Valid().Labs[1]] }, "labs[0].name", "non-empty");

    [Fact]
    public void A_scenario_with_no_step_is_refused()
    {
        var s = Valid() with { EndYear = 2024.01 }; // 3.65 days of monthly steps rounds to none
        Assert.Equal(0, s.Steps);
        AssertIssue(s, "end_year", "a run needs at least one step");
    }

    [Fact]
    public void World_constants_are_checked_too_so_a_grain_refuses_what_a_file_would()
    {
        var s = Valid();
        AssertIssue(s with { World = s.World with { Synthetic = s.World.Synthetic with { CollapseKappa = -0.1 } } },
            "world.synthetic.collapse_kappa", "must be a fraction of the reducible loss per generation in [0, 1]");
        AssertIssue(s with { World = s.World with { StartYear = 2030 } }, "start_year", "must agree");
    }
}
