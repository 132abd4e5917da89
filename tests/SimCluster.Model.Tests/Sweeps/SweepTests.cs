using System.Text.Json;
using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Sweeps;
using SimCluster.Model.Tests.World;

namespace SimCluster.Model.Tests.Sweeps;

public sealed class SweepTests
{
    private static readonly ScenarioSpec Uncertain = TestWorlds.FourLabs(2036) with
    {
        Seed = 5,
        Uncertain =
        [
            new("sources[0].initial_stock_tokens", LogNormalDistribution.FromMedianAndP90(3e14, 1e15, 1e14, 1e15)),
            new("world.synthetic.collapse_kappa_nats_per_generation", new UniformDistribution(0.03, 0.1)),
        ],
    };

    private static readonly Lazy<ReplicateOutcome[]> Outcomes = new(() =>
    {
        var layout = new SweepLayout(Uncertain);
        return SweepPlan.MonteCarlo(Uncertain, 24).Select(t => ReplicateRunner.Run(Uncertain, layout, t)).ToArray();
    });

    private static string Json(SweepSummary s) => JsonSerializer.Serialize(s with { Outcomes = [] });

    [Fact]
    public void Percentiles_follow_the_linear_definition_numpy_uses()
    {
        // numpy.percentile(range(1, 101), [5, 25, 50, 75, 95]) = 5.95, 25.75, 50.5, 75.25, 95.05
        var p = Percentiles.Of(Enumerable.Range(1, 100).Select(i => (double)i).Reverse())!;
        Assert.Equal((100, 5.95, 25.75, 50.5, 75.25, 95.05), (p.Count, p.P5, p.P25, p.P50, p.P75, p.P95));
        Assert.Null(Percentiles.Of([double.NaN]));
    }

    [Fact]
    public void The_summary_does_not_depend_on_batching_order_or_a_batch_merged_twice()
    {
        var all = new SweepAccumulator(Uncertain);
        all.Add(Outcomes.Value);
        var pieces = new SweepAccumulator(Uncertain);
        foreach (var batch in Outcomes.Value.Chunk(5).Reverse()) pieces.Add(batch);
        pieces.Add(Outcomes.Value.Take(5)); // a re-run batch
        Assert.Equal(24, pieces.Count);
        Assert.Equal(Json(all.Build()), Json(pieces.Build()));
    }

    [Fact]
    public void Bands_cover_every_lab_metric_and_year_and_are_ordered()
    {
        var acc = new SweepAccumulator(Uncertain);
        acc.Add(Outcomes.Value);
        var s = acc.Build();
        Assert.Equal(4 * BandMetric.All.Count * 12, s.Bands.Count); // 2025..2036
        Assert.All(s.Bands, b => Assert.True(b.P5 <= b.P25 && b.P25 <= b.P50 && b.P50 <= b.P75 && b.P75 <= b.P95, $"{b}"));
        var stock = s.Bands.Where(b => b.Metric == "human_unseen_tokens" && b.Year == 2025).ToArray();
        Assert.All(stock, b => Assert.True(b.P95 > b.P5, "an uncertain stock must spread the unseen tokens"));
        Assert.Equal(24, s.Milestones.Single(m => m.Lab == "lab-a" && m.Milestone == "exhaustion").Replicates);
        Assert.Equal(24 * 4 * 4, s.Histogram.Sum(h => h.Count));
    }

    [Fact]
    public void One_at_a_time_finds_the_stock_moves_exhaustion_and_the_unused_collapse_constant_does_not()
    {
        var layout = new SweepLayout(Uncertain);
        var outcomes = OneAtATime.Tasks(Uncertain).Select(t => ReplicateRunner.Run(Uncertain, layout, t)).ToArray();
        var outcome = SweepOutcome.Parse("exhaustion_year", layout, out _)!;
        var rows = OneAtATime.Tornado(Uncertain, layout, outcomes, outcome).Where(r => r.Lab == "lab-a").ToArray();
        Assert.Equal("sources[0].initial_stock_tokens", rows[0].Parameter);
        Assert.True(rows[0].OutcomeAtP90 > rows[0].OutcomeAtP10, "more data, later wall");
        Assert.Equal(0, rows[1].Swing); // synthetic data is never used by lab-a, so κ cannot matter
    }

    [Fact]
    public void A_draw_outside_a_parameters_range_is_caught_before_a_sweep_starts()
    {
        var bad = TestWorlds.FourLabs(2030) with { Uncertain = [new("labs[1].budget.growth_factor_per_year", new NormalDistribution(1, 5))] };
        string? message = SweepPlan.FirstInvalid(bad, SweepPlan.MonteCarlo(bad, 50));
        Assert.NotNull(message);
        Assert.Matches(@"^replicate \d+: labs\[1\]\.budget\.growth_factor_per_year \(drew -?[\d.e+-]+\): must be a factor per year in \(0, 10\]", message);
    }

    [Theory]
    [InlineData("gpqa@2035", true)]
    [InlineData("energy_to_gpqa80", true)]
    [InlineData("gpqa@1999", false)]
    [InlineData("gdp@2030", false)]
    [InlineData("exhaustion", false)]
    public void Outcomes_parse_or_name_what_is_allowed(string text, bool ok)
    {
        var layout = new SweepLayout(TestWorlds.FourLabs(2040));
        var parsed = SweepOutcome.Parse(text, layout, out string? error);
        Assert.Equal(ok, parsed is not null);
        if (!ok) Assert.Contains(text.Contains("1999") ? "outside the run" : "METRIC@YEAR", error);
    }
}
