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
            new("sources.public-web-text.initial_stock_tokens", LogNormalDistribution.FromMedianAndP90(3e14, 1e15, 1e14, 1e15)),
            new("world.synthetic.collapse_kappa", new UniformDistribution(0.03, 0.1)),
        ],
    };

    private static readonly Lazy<ReplicateOutcome[]> Outcomes = new(() =>
    {
        var layout = new SweepLayout(Uncertain);
        return new MonteCarloDesign(Uncertain, 24).Tasks().Select(t => ReplicateRunner.Run(Uncertain, layout, t)).ToArray();
    });

    private static string Json(SweepSummary s) => JsonSerializer.Serialize(s);

    [Fact]
    public void Percentiles_follow_the_linear_definition_numpy_uses()
    {
        // numpy.percentile(range(1, 101), [5, 25, 50, 75, 95]) = 5.95, 25.75, 50.5, 75.25, 95.05
        var p = Percentiles.Of(Enumerable.Range(1, 100).Select(i => (double)i).Reverse())!;
        Assert.Equal((100L, 5.95, 25.75, 50.5, 75.25, 95.05), (p.Count, p.P5, p.P25, p.P50, p.P75, p.P95));
        // numpy.percentile([1, 2, 2, 2, 7], [5, 25, 50, 75, 95]) = 1.2, 2, 2, 2, 6
        var q = Percentiles.Of([2, 7, 2, 1, 2])!;
        Assert.Equal((1.2, 2.0, 2.0, 2.0, 6.0), (Math.Round(q.P5, 12), q.P25, q.P50, q.P75, Math.Round(q.P95, 12)));
        Assert.Null(Percentiles.Of([double.NaN]));
    }

    [Fact]
    public void Percentiles_of_counts_equal_percentiles_of_the_values_they_count()
    {
        var rng = new Random(7);
        for (int trial = 0; trial < 50; trial++)
        {
            var values = Enumerable.Range(0, rng.Next(1, 40)).Select(_ => 2024 + rng.Next(0, 30) / 12.0).ToArray();
            var counts = values.GroupBy(v => v).OrderBy(g => g.Key).ToArray();
            Assert.Equal(Percentiles.Of(values), Percentiles.OfCounts(counts.Select(g => g.Key).ToArray(), counts.Select(g => (long)g.Count()).ToArray()));
        }
        Assert.Null(Percentiles.OfCounts([], []));
    }

    [Fact]
    public void Milestone_counts_merge_in_any_order_to_the_counts_of_all_replicates()
    {
        var labs = Outcomes.Value[0].Labs.Count;
        var all = MilestoneCounts.Of(labs, Outcomes.Value.Select(o => o.Labs).ToArray());
        var pieces = Outcomes.Value.Chunk(5).Reverse().Select(c => MilestoneCounts.Of(labs, c.Select(o => o.Labs).ToArray()))
            .Aggregate(MilestoneCounts.Empty(labs), (a, b) => a.Merge(b));
        var names = new SweepLayout(Uncertain).Labs;
        Assert.Equal(JsonSerializer.Serialize(all.Summarize(names)), JsonSerializer.Serialize(pieces.Summarize(names)));
        Assert.Equal(24, pieces.Replicates);
    }

    [Fact]
    public void The_summary_does_not_depend_on_the_order_replicates_arrive_in()
    {
        var forward = new SweepAccumulator(Uncertain, 24);
        forward.Add(Outcomes.Value);
        var shuffled = new SweepAccumulator(Uncertain, 24);
        foreach (var batch in Outcomes.Value.Chunk(5).Reverse()) shuffled.Add(batch);
        Assert.Equal(Json(forward.Build()), Json(shuffled.Build()));
    }

    [Fact]
    public void Bands_cover_every_lab_metric_and_year_and_are_ordered()
    {
        var acc = new SweepAccumulator(Uncertain, 24);
        acc.Add(Outcomes.Value);
        var s = acc.Build();
        Assert.Equal(4 * BandMetric.All.Count * 12, s.Bands.Count); // 2025..2036
        Assert.All(s.Bands, b => Assert.True(b.P5 <= b.P25 && b.P25 <= b.P50 && b.P50 <= b.P75 && b.P75 <= b.P95, $"{b}"));
        var stock = s.Bands.Where(b => b.Metric == "human_unseen_tokens" && b.Year == 2025).ToArray();
        Assert.All(stock, b => Assert.True(b.P95 > b.P5, "an uncertain stock must spread the unseen tokens"));
        Assert.Equal(24, s.Milestones.Single(m => m.Lab == "lab-a" && m.Milestone == "exhaustion").Replicates);
        Assert.Equal(24 * 4 * MilestoneKind.All.Count, s.Histogram.Sum(h => h.Count)); // every replicate, lab and milestone once (a "never" included)
        Assert.Equal(24, s.BandReplicates);
    }

    [Fact]
    public void Bands_are_exact_percentiles_of_the_first_replicates_and_the_values_kept_are_bounded()
    {
        var layout = new SweepLayout(Uncertain);
        Assert.Equal(24, BandReservoir.SizeFor(layout, 24));
        Assert.Equal(BandReservoir.MaxReplicates, BandReservoir.SizeFor(layout, 1_000_000));
        // A layout 100x larger keeps fewer replicates, so the values kept stay within the budget.
        var wide = new SweepLayout(TestWorlds.FourLabs(2424));
        Assert.True((long)BandReservoir.SizeFor(wide, 1_000_000) * wide.Size <= BandReservoir.ValueBudget);

        var reservoir = new BandReservoir(layout, 1000); // keeps 0..999; this test adds the first 24 and checks one cell
        Assert.False(reservoir.Wants(1000));
        var acc = new SweepAccumulator(Uncertain, 24);
        acc.Add(Outcomes.Value);
        var cell = acc.Build().Bands.Single(b => b.Lab == "lab-a" && b.Metric == "human_unseen_tokens" && b.Year == 2030);
        int index = layout.Index(0, BandMetric.All.ToList().FindIndex(m => m.Name == "human_unseen_tokens"), layout.Years.ToList().IndexOf(2030));
        var exact = Percentiles.Of(Outcomes.Value.Select(o => o.BandValues[index]))!;
        Assert.Equal((exact.P5, exact.P50, exact.P95), (cell.P5, cell.P50, cell.P95));
    }

    [Fact]
    public void Designs_compute_any_run_alone_exactly_as_in_sequence()
    {
        var design = new MonteCarloDesign(Uncertain, 1000);
        var sequence = design.Tasks().Skip(990).ToArray();
        Assert.Equal(JsonSerializer.Serialize(sequence), JsonSerializer.Serialize(SweepPlan.Batch(design, 99, 10)));
        Assert.Equal(100, SweepPlan.BatchCount(design, 10));
        Assert.Equal(101, SweepPlan.BatchCount(new MonteCarloDesign(Uncertain, 1001), 10));
        var sobol = new SobolDesign(Uncertain, 8);
        // Sample 4 (P + 2 = 4 runs each): A is run 16, B run 17, A_B(1) run 19: column 1 from B, column 0 from A.
        Assert.Equal(sobol.Task(17).Values[1], sobol.Task(19).Values[1]);
        Assert.Equal(sobol.Task(16).Values[0], sobol.Task(19).Values[0]);
        Assert.NotEqual(sobol.Task(16).Values[1], sobol.Task(19).Values[1]);
    }

    [Fact]
    public void One_at_a_time_finds_the_stock_moves_exhaustion_and_the_unused_collapse_constant_does_not()
    {
        var layout = new SweepLayout(Uncertain);
        var outcome = SweepOutcome.Parse("exhaustion_year", layout, out _)!;
        var records = new OneAtATime(Uncertain).Tasks().Select(t => ReplicateRecord.Of(ReplicateRunner.Run(Uncertain, layout, t), outcome)).ToArray();
        var rows = OneAtATime.Tornado(Uncertain, layout.Labs, records).Where(r => r.Lab == "lab-a").ToArray();
        Assert.Equal("sources.public-web-text.initial_stock_tokens", rows[0].Parameter);
        Assert.True(rows[0].OutcomeAtP90 > rows[0].OutcomeAtP10, "more data, later wall");
        Assert.Equal(0, rows[1].Swing); // synthetic data is never used by lab-a, so κ cannot matter
    }

    [Fact]
    public void A_draw_outside_a_parameters_range_is_caught_before_a_sweep_starts_and_again_when_the_replicate_runs()
    {
        var bad = TestWorlds.FourLabs(2030) with { Uncertain = [new("labs.lab-b.budget.growth_factor_per_year", new NormalDistribution(1, 5))] };
        var design = new MonteCarloDesign(bad, 50);
        string? message = SweepPlan.FirstInvalid(bad, design);
        Assert.NotNull(message);
        Assert.Matches(@"^replicate \d+: labs\.lab-b\.budget\.growth_factor_per_year \(drew -?[\d.e+-]+\): must be a factor per year in \(0, 10\]", message);

        var task = design.Tasks().First(t => t.Values[0].Value <= 0);
        var e = Assert.Throws<ScenarioRunException>(() => ReplicateRunner.Run(bad, new SweepLayout(bad), task));
        var failure = ReplicateFailure.Of(task, e);
        Assert.True(failure.UserError);
        Assert.StartsWith($"replicate {task.Replicate} (labs.lab-b.budget.growth_factor_per_year = ", failure.Message);
        Assert.Contains("labs.lab-b.budget.growth_factor_per_year: the drawn value is invalid", failure.Message);
    }

    [Theory]
    [InlineData("gpqa@2035", true)]
    [InlineData("energy_kwh_to_gpqa80", true)]
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

    [Fact]
    public void Energy_outcomes_carry_their_unit_in_the_name_whichever_spelling_is_given()
    {
        var layout = new SweepLayout(TestWorlds.FourLabs(2040));
        Assert.Equal("energy_kwh_to_gpqa80", SweepOutcome.Parse("energy_to_gpqa80", layout, out _)!.Name);
        Assert.Equal("energy_kwh_to_gpqa80", SweepOutcome.Parse("energy_kwh_to_gpqa80", layout, out _)!.Name);
        Assert.Contains("energy_kwh_to_gpqa70|80|90", SweepOutcome.Syntax);
    }

    [Fact]
    public void The_outcome_syntax_names_every_band_metric()
    {
        Assert.All(BandMetric.All, m => Assert.Contains(m.Name, SweepOutcome.Syntax));
    }
}
