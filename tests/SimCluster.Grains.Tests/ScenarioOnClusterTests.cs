using SimCluster.Abstractions;
using SimCluster.Model.Tests.World;
using SimCluster.Model.World;

namespace SimCluster.Grains.Tests;

/// <summary>The grains against the plain loop, on one silo and on three (DESIGN 2: nothing may depend on placement).</summary>
public sealed class ScenarioOnClusterTests
{
    [Fact]
    public async Task One_and_three_silos_give_the_rows_of_the_plain_loop()
    {
        var spec = TestWorlds.FourLabs(2034);
        var expected = WorldRun.RunAll(spec);

        RunResult one, three;
        await using (var cluster = await TestClusters.StartAsync(1)) one = await ScenarioRunner.RunAsync(cluster.Client, spec);
        await using (var cluster = await TestClusters.StartAsync(3))
        {
            three = await ScenarioRunner.RunAsync(cluster.Client, spec);
            var stats = await cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
            var silosWithSimClusterGrains = stats.Where(s => s.GrainType.Contains("SimCluster", StringComparison.Ordinal)).Select(s => s.SiloAddress).Distinct().Count();
            Assert.True(silosWithSimClusterGrains > 1, $"grains were placed on {silosWithSimClusterGrains} silo(s); the test needs them spread");
        }

        var byLabThenStep = expected.Labs.OrderBy(r => r.Lab, StringComparer.Ordinal).ThenBy(r => r.Step).ToArray();
        Assert.Equal(byLabThenStep, one.Labs);
        Assert.Equal(byLabThenStep, three.Labs);
        Assert.Equal(expected.Sources.OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Step), three.Sources);
        Assert.Empty(TrajectoryChecks.Violations(three.Labs, three.Sources));
        Assert.Equal(RunSummary.From(spec, expected.Labs).Labs, three.Summary.Labs, new LabSummaryComparer());
    }

    private sealed class LabSummaryComparer : IEqualityComparer<LabSummary>
    {
        public bool Equals(LabSummary? x, LabSummary? y) => x is not null && y is not null && (x with { Milestones = [] }) == (y with { Milestones = [] }) && x.Milestones.SequenceEqual(y.Milestones);

        public int GetHashCode(LabSummary obj) => obj.Lab.GetHashCode(StringComparison.Ordinal);
    }
}
