using System.Text.Json;
using SimCluster.Abstractions;
using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Sweeps;
using SimCluster.Model.Tests.World;

namespace SimCluster.Grains.Tests;

/// <summary>Sweeps as batch grains: the same summary on one silo or three, with any batch size, as a plain loop.</summary>
public sealed class SweepOnClusterTests(ClusterFixture clusters) : IClassFixture<ClusterFixture>
{
    private static readonly ScenarioSpec Spec = TestWorlds.FourLabs(2032) with
    {
        Seed = 9,
        Uncertain =
        [
            new("sources[0].initial_stock_tokens", LogNormalDistribution.FromMedianAndP90(3e14, 1e15, 1e14, 1e15)),
            new("world.algorithmic_progress.doubling_months", new TriangularDistribution(5, 8, 14)),
        ],
    };

    private static SweepRequest Request(int batchSize, SweepKind kind = SweepKind.MonteCarlo, int replicates = 30) =>
        new(GrainKeys.NewRunId(), Spec, kind, replicates, batchSize);

    private static string Text(SweepSummary s) => JsonSerializer.Serialize(s, ModelSerialization.Options);

    [Fact]
    public async Task A_sweep_gives_the_same_summary_on_one_and_three_silos_with_any_batch_size_as_the_plain_loop()
    {
        var one = await SweepRunner.RunAsync(clusters.One.Client, Request(30));
        var threeBy7 = await SweepRunner.RunAsync(clusters.Three.Client, Request(7));
        var threeBy4 = await SweepRunner.RunAsync(clusters.Three.Client, Request(4));

        var plain = new SweepAccumulator(Spec);
        plain.Add(SweepPlan.MonteCarlo(Spec, 30).Select(t => ReplicateRunner.Run(Spec, plain.Layout, t)));
        var expected = plain.Build();
        expected = expected with { Outcomes = expected.Outcomes.Select(o => o with { BandValues = [] }).ToArray() };

        Assert.Equal(Enumerable.Range(0, 30).Select(i => (long)i), threeBy7.Outcomes.Select(o => o.Replicate));
        Assert.Equal(Text(expected), Text(one));
        Assert.Equal(Text(one), Text(threeBy7));
        Assert.Equal(Text(one), Text(threeBy4));
    }

    [Fact]
    public async Task A_sensitivity_sweep_runs_the_medians_and_each_parameter_at_p10_and_p90()
    {
        var s = await SweepRunner.RunAsync(clusters.Three.Client, Request(2, SweepKind.OneAtATime));
        Assert.Equal(1 + 2 * Spec.Uncertain.Count, s.Replicates);
        var layout = new SweepLayout(Spec);
        var rows = OneAtATime.Tornado(Spec, layout, s.Outcomes, SweepOutcome.Parse("gpqa@2026", layout, out _)!);
        Assert.Equal(4 * Spec.Uncertain.Count, rows.Count);
        Assert.Contains(rows, r => r.Parameter == "world.algorithmic_progress.doubling_months" && r.Swing > 0);
    }

    [Fact]
    public async Task A_sweep_that_would_draw_invalid_values_is_refused_by_the_sweep_grain()
    {
        var bad = Spec with { Uncertain = [new("labs[1].budget.growth_factor_per_year", new NormalDistribution(1, 5))] };
        var e = await Assert.ThrowsAsync<ArgumentException>(() => clusters.One.Client.GetGrain<ISweepGrain>("bad").Start(new SweepRequest("bad", bad, SweepKind.MonteCarlo, 100, 10)));
        Assert.Contains("labs[1].budget.growth_factor_per_year", e.Message);
        Assert.Equal(30, (await SweepRunner.RunAsync(clusters.One.Client, Request(10))).Replicates); // the silo carries on
    }
}
