using SimCluster.Model.Economics;
using SimCluster.Model.Scaling;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Strategy;

namespace SimCluster.Scenarios.Tests;

public sealed class ShippedScenarioTests
{
    [Theory]
    [MemberData(nameof(ShippedScenarios.All), MemberType = typeof(ShippedScenarios))]
    public void Every_shipped_scenario_loads_and_validates_without_errors(string name)
    {
        var loaded = ShippedScenarios.Load(name);
        Assert.Equal(name, loaded.Spec.Name);
        Assert.Empty(ScenarioValidator.Validate(loaded.Spec));
        Assert.False(string.IsNullOrWhiteSpace(loaded.Description));
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios.All), MemberType = typeof(ShippedScenarios))]
    public void Every_shipped_scenario_starts_with_the_schema_modeline(string name) =>
        Assert.Equal("# yaml-language-server: $schema=./schema.json", File.ReadLines(ShippedScenarios.PathOf(name)).First());

    [Fact]
    public void No_scenario_file_is_left_out_of_the_tests()
    {
        var onDisk = Directory.GetFiles(ShippedScenarios.Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.Equal(ShippedScenarios.Names.Order(), onDisk);
    }

    [Fact]
    public void Baseline_has_the_four_strategies_each_on_its_own_cluster_competing_for_the_licensed_archives()
    {
        var s = ShippedScenarios.Load("baseline").Spec;
        Assert.Equal(["real-data-heavy", "balanced", "simulation-heavy", "adaptive"], s.Labs.Select(l => l.Strategy.Name));
        Assert.Equal(s.Labs.Count, s.Labs.Select(l => l.Cluster).Distinct().Count());
        Assert.All(s.Clusters, c => Assert.Equal(16_000, c.InitialGpus));
        Assert.All(s.Labs, l => Assert.Contains("licensed-archives", l.Sources));
        Assert.Equal(Model.Data.Rivalry.Exclusive, s.Sources.Single(x => x.Name == "licensed-archives").Rivalry);
        Assert.Equal([5e9, 5e9, 3e9, 8e9], s.Labs.Select(l => l.Budget.InitialUsdPerYear));
        Assert.Equal(480, s.Steps);
    }

    [Fact]
    public void The_two_single_lab_scenarios_differ_only_in_strategy_and_names()
    {
        var real = ShippedScenarios.Load("real-data-heavy").Spec;
        var sim = ShippedScenarios.Load("simulation-heavy").Spec;
        var simAsReal = sim with { Name = real.Name, Labs = [sim.Labs[0] with { Name = real.Labs[0].Name, Strategy = real.Labs[0].Strategy }] };
        SpecAssert.Equal(real, simAsReal);
        Assert.Equal(StrategyPresets.SimulationHeavy, sim.Labs[0].Strategy);
    }

    [Fact]
    public void Data_wall_only_shrinks_the_public_web_text()
    {
        var wall = ShippedScenarios.Load("data-wall").Spec;
        var baseline = ShippedScenarios.Load("baseline").Spec;
        var web = wall.Sources[0];
        Assert.Equal((1e14, 0.04), (web.InitialStockTokens, web.GrowthFractionPerYear));
        SpecAssert.Equal(baseline with { Name = "data-wall" }, wall with { Sources = [baseline.Sources[0], .. wall.Sources.Skip(1)] });
    }

    [Fact]
    public void Epoch_exhaustion_has_no_algorithmic_progress_and_the_two_allocations()
    {
        var s = ShippedScenarios.Load("epoch-data-exhaustion").Spec;
        Assert.Equal(double.PositiveInfinity, s.World.Progress.DoublingMonths);
        Assert.Equal((2024.0, 2040.0), (s.StartYear, s.EndYear));
        Assert.Equal([AllocationPolicy.ComputeOptimal, AllocationPolicy.Overtrain(5)], s.Labs.Select(l => l.Strategy.Allocation));
        Assert.Equal(s.Labs[0].Budget, s.Labs[1].Budget);
        Assert.True(s.Labs[0].Budget.GrowthFactorPerYear > BudgetParameters.Default.GrowthFactorPerYear, "the dataset must grow ~3x/yr, faster than default budgets allow");
        Assert.Equal(["public-web-text"], s.Sources.Select(x => x.Name));
    }

    [Fact]
    public void Seed_formula_uses_hoffmann2022_from_llama_405b()
    {
        var s = ShippedScenarios.Load("seed-formula").Spec;
        Assert.Equal(LossConstants.Hoffmann2022, s.World.Constants);
        Assert.Equal((405e9, 15.6e12), (s.Labs[0].InitialParams, s.Labs[0].InitialTokens));
        Assert.Equal((2024.0, 2034.0, 16_000.0), (s.StartYear, s.EndYear, s.Clusters[0].InitialGpus));
    }
}
