using System.Text.Json;
using SimCluster.Abstractions;
using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Sweeps;
using SimCluster.Model.Tests.World;

namespace SimCluster.Grains.Tests;

/// <summary>Sweeps as batch grains: the same summary and records on one silo or three, with any batch size, as a plain
/// loop; bad requests refused by every grain that takes one; a collected sweep leaves no state behind.</summary>
public sealed class SweepOnClusterTests(ClusterFixture clusters) : IClassFixture<ClusterFixture>
{
    private static readonly ScenarioSpec Spec = TestWorlds.FourLabs(2032) with
    {
        Seed = 9,
        Uncertain =
        [
            new("sources.public-web-text.initial_stock_tokens", LogNormalDistribution.FromMedianAndP90(3e14, 1e15, 1e14, 1e15)),
            new("world.algorithmic_progress.doubling_months", new TriangularDistribution(5, 8, 14)),
        ],
    };

    private static SweepRequest Request(int batchSize, SweepKind kind = SweepKind.MonteCarlo, int replicates = 30, string? outcome = null) =>
        new(GrainKeys.NewRunId(), Spec, kind, replicates, batchSize, outcome);

    private static string Text(object o) => JsonSerializer.Serialize(o, ModelSerialization.Options);

    [Fact]
    public async Task A_sweep_gives_the_same_summary_and_records_on_one_and_three_silos_with_any_batch_size_as_the_plain_loop()
    {
        var one = await new SweepClient(clusters.One.Client).RunAsync(Request(30));
        var threeBy7 = await new SweepClient(clusters.Three.Client).RunAsync(Request(7));
        var threeBy4 = await new SweepClient(clusters.Three.Client).RunAsync(Request(4));

        var plain = new SweepAccumulator(Spec, 30);
        var outcomes = new MonteCarloDesign(Spec, 30).Tasks().Select(t => ReplicateRunner.Run(Spec, plain.Layout, t)).ToArray();
        plain.Add(outcomes);

        Assert.Equal(Enumerable.Range(0, 30).Select(i => (long)i), threeBy7.Records.Select(o => o.Replicate));
        Assert.Equal(Text(plain.Build()), Text(one.Summary));
        Assert.Equal(Text(one.Summary), Text(threeBy7.Summary));
        Assert.Equal(Text(one.Summary), Text(threeBy4.Summary));
        Assert.Equal(Text(outcomes.Select(o => ReplicateRecord.Of(o, null))), Text(threeBy4.Records));
    }

    [Fact]
    public async Task A_sensitivity_sweep_runs_the_medians_and_each_parameter_at_p10_and_p90()
    {
        var (_, records) = await new SweepClient(clusters.Three.Client).RunAsync(Request(2, SweepKind.OneAtATime, outcome: "gpqa@2026"));
        Assert.Equal(1 + 2 * Spec.Uncertain.Count, records.Count);
        var rows = OneAtATime.Tornado(Spec, new SweepLayout(Spec).Labs, records);
        Assert.Equal(4 * Spec.Uncertain.Count, rows.Count);
        Assert.Contains(rows, r => r.Parameter == "world.algorithmic_progress.doubling_months" && r.Swing > 0);
    }

    [Fact]
    public async Task A_sweep_that_would_draw_invalid_values_is_refused_by_the_sweep_grain_and_its_batches()
    {
        var bad = Spec with { Uncertain = [new("labs.lab-b.budget.growth_factor_per_year", new NormalDistribution(1, 5))] };
        var request = new SweepRequest("bad", bad, SweepKind.MonteCarlo, 100, 10);
        var e = await Assert.ThrowsAsync<ArgumentException>(() => clusters.One.Client.GetGrain<ISweepGrain>("bad").Start(request));
        Assert.Contains("labs.lab-b.budget.growth_factor_per_year", e.Message);

        // A batch grain called directly (not through the sweep grain) checks each replicate's draws as it runs.
        var result = await clusters.One.Client.GetGrain<IBatchGrain>(SweepKeys.Batch("bad", 0)).Run(new BatchWork(request, 0));
        Assert.NotNull(result.Failure);
        Assert.True(result.Failure!.UserError);
        Assert.Matches(@"^replicate \d+ \(labs\.lab-b\.budget\.growth_factor_per_year = -", result.Failure.Message);
        Assert.Equal(30, (await new SweepClient(clusters.One.Client).RunAsync(Request(10))).Summary.Replicates); // the silo carries on
    }

    [Theory]
    [InlineData(0, "batch size must be in [1, 100000]")]
    [InlineData(100_001, "batch size must be in [1, 100000]")]
    public async Task Batch_grains_refuse_a_request_no_file_could_make(int batchSize, string message)
    {
        var request = Request(batchSize);
        var result = await clusters.One.Client.GetGrain<IBatchGrain>(SweepKeys.Batch(request.SweepId, 0)).Run(new BatchWork(request, 0));
        Assert.Contains(message, result.Failure?.Message);
    }

    [Fact]
    public async Task Batch_grains_refuse_a_scenario_that_fails_validation_such_as_two_million_steps_or_nan()
    {
        foreach (var spec in new[] { Spec with { StepMonths = 0.0002 }, Spec with { StartYear = double.NaN } })
        {
            var request = new SweepRequest(GrainKeys.NewRunId(), spec, SweepKind.MonteCarlo, 4, 4);
            var result = await clusters.One.Client.GetGrain<IBatchGrain>(SweepKeys.Batch(request.SweepId, 0)).Run(new BatchWork(request, 0));
            Assert.StartsWith("refused: invalid scenario:", result.Failure?.Message);
        }
    }

    [Fact]
    public async Task A_collected_sweep_is_unknown_to_the_cluster_afterwards_and_a_cancelled_one_too()
    {
        var client = new SweepClient(clusters.Three.Client);
        var done = Request(10);
        await client.RunAsync(done);
        Assert.Equal(SweepPhase.Unknown, (await clusters.Three.Client.GetGrain<ISweepGrain>(done.SweepId).GetStatus()).Phase);
        await Assert.ThrowsAsync<SweepNotFoundException>(() => client.RequestAsync(done.SweepId));

        var running = Request(2, replicates: 200);
        await client.StartAsync(running);
        await client.CancelAsync(running.SweepId);
        Assert.Equal(SweepPhase.Unknown, (await clusters.Three.Client.GetGrain<ISweepGrain>(running.SweepId).GetStatus()).Phase);
        await Assert.ThrowsAsync<SweepNotFoundException>(() => client.CollectAsync(running));
    }
}
