using System.Text.Json;
using SimCluster.Abstractions;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Tests.World;
using SimCluster.Model.World;
using SimCluster.Scenarios;

namespace SimCluster.Grains.Tests;

/// <summary>The grains on one silo and on three (docs/model.md §2: no result may depend on placement or message order).</summary>
public sealed class ScenarioOnClusterTests(ClusterFixture clusters) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task The_grains_give_the_rows_of_the_plain_loop()
    {
        var spec = TestWorlds.FourLabs(2034);
        var expected = WorldRun.RunAll(spec);
        var run = await ScenarioRunner.RunAsync(clusters.Three.Client, spec);

        Assert.Equal(expected.Labs.OrderBy(r => r.Lab, StringComparer.Ordinal).ThenBy(r => r.Step), run.Labs);
        Assert.Equal(expected.Sources.OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Step), run.Sources);
        Assert.Equal(Text(RunSummary.From(spec, expected.Labs).Labs), Text(run.Summary.Labs));
    }

    [Fact]
    public async Task Baseline_gives_byte_identical_trajectories_on_one_and_three_silos()
    {
        var spec = Baseline();
        var one = await ScenarioRunner.RunAsync(clusters.One.Client, spec);
        var three = await ScenarioRunner.RunAsync(clusters.Three.Client, spec);

        Assert.Equal(spec.Steps * spec.Labs.Count, three.Labs.Count);
        Assert.Equal(Text(one.Labs), Text(three.Labs));
        Assert.Equal(Text(one.Sources), Text(three.Sources));
        Assert.True(await SilosHostingSimClusterGrains() > 1, "the three-silo run must actually spread its grains");
    }

    [Fact]
    public async Task Baseline_keeps_every_invariant_at_every_step_on_three_silos()
    {
        var run = await ScenarioRunner.RunAsync(clusters.Three.Client, Baseline());
        Assert.Empty(TrajectoryChecks.Violations(run.Labs, run.Sources));
        Assert.Contains(run.Sources, s => s.GrantedTokens > 0); // the exclusive archive really was contested
    }

    [Fact]
    public async Task Entity_grains_called_directly_refuse_an_invalid_scenario_or_an_entity_it_does_not_have()
    {
        var grains = clusters.One.Client;
        var good = TestWorlds.FourLabs(2030);
        foreach (var bad in new[] { good with { StartYear = double.NaN }, good with { StepMonths = 0.0002 } }) // NaN; two million steps
        {
            await Assert.ThrowsAsync<ArgumentException>(() => grains.GetGrain<ILabGrain>("direct/lab").Initialize(new EntityInit("direct", 0, bad, good.Labs[0].Name)));
            await Assert.ThrowsAsync<ArgumentException>(() => grains.GetGrain<IGpuClusterGrain>("direct/cluster").Initialize(new EntityInit("direct", 0, bad, good.Clusters[0].Name)));
            await Assert.ThrowsAsync<ArgumentException>(() => grains.GetGrain<IDataSourceGrain>("direct/source").Initialize(new EntityInit("direct", 0, bad, good.Sources[0].Name)));
            await Assert.ThrowsAsync<ArgumentException>(() => grains.GetGrain<IAggregatorGrain>("direct").Initialize(new RunInfo("direct", bad)));
        }
        var e = await Assert.ThrowsAsync<ArgumentException>(() => grains.GetGrain<ILabGrain>("direct/lab").Initialize(new EntityInit("direct", 0, good, "no-such-lab")));
        Assert.Contains("no lab named 'no-such-lab'", e.Message);
    }

    [Fact]
    public async Task An_invalid_scenario_is_refused_by_the_scenario_grain_and_the_silo_keeps_working()
    {
        var bad = TestWorlds.FourLabs(2030) with { StepMonths = -1 };
        var clock = clusters.One.Client.GetGrain<IScenarioGrain>(GrainKeys.NewRunId());
        var e = await Assert.ThrowsAsync<ArgumentException>(() => clock.Start(bad, 0));
        Assert.Contains("step_months", e.Message);
        var good = await ScenarioRunner.RunAsync(clusters.One.Client, TestWorlds.FourLabs(2025));
        Assert.Equal(12 * 4, good.Labs.Count);
    }

    private static ScenarioSpec Baseline()
    {
        var result = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "baseline.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Scenario!.Spec;
    }

    // JSON writes doubles in shortest round-trip form, so equal text means equal bits (and lists print their items).
    private static string Text<T>(IEnumerable<T> rows) => JsonSerializer.Serialize(rows.ToArray(), ModelSerialization.Options);

    private async Task<int> SilosHostingSimClusterGrains()
    {
        var stats = await clusters.Three.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return stats.Where(s => s.GrainType.Contains("SimCluster", StringComparison.Ordinal)).Select(s => s.SiloAddress).Distinct().Count();
    }
}
