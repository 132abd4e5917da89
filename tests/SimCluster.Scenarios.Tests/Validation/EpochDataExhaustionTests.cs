using SimCluster.Model.World;

namespace SimCluster.Scenarios.Tests.Validation;

/// <summary>
/// docs/model.md §16.4 (Villalobos et al. 2024, "Will we run out of data?"): a 3e14-token stock growing 8%/yr, and the
/// largest run's dataset growing like the historical trend (2.38x/yr) from 1.5e13 tokens in 2024 at 20 tokens per
/// parameter, is fully used around 2028 (80% CI 2026-2032); overtraining 5x brings that to about 2027. The lab gets
/// there on a budget and power path no sanity guard flags.
/// </summary>
public sealed class EpochDataExhaustionTests
{
    private static readonly (RunSummary Summary, IReadOnlyList<TrajectoryRow> Rows) Run = RunScenario();

    private static (RunSummary, IReadOnlyList<TrajectoryRow>) RunScenario()
    {
        var spec = ShippedScenarios.Load("epoch-data-exhaustion").Spec;
        var rows = WorldRun.RunAll(spec).Labs;
        return (RunSummary.From(spec, rows), rows);
    }

    [Fact]
    public void The_scenario_meets_the_premise_a_dataset_growing_like_the_historical_trend()
    {
        // Villalobos et al. 2024: the largest runs' datasets grow 2.38x a year (σ of its log 0.125: 90% CI 1.94-2.93).
        var released = Run.Rows.Where(r => r.Lab == "compute-optimal" && r.ModelReleased && r.Year <= 2028).ToArray();
        double growth = Math.Pow(released[^1].TokensUniqueHuman / released[0].TokensUniqueHuman, 1 / (released[^1].Year - released[0].Year));
        Assert.InRange(growth, 1.94, 2.93);
    }

    [Fact]
    public void It_gets_there_on_a_path_no_sanity_guard_flags()
    {
        var spec = ShippedScenarios.Load("epoch-data-exhaustion").Spec;
        Assert.Empty(Model.Guards.SanityGuards.Check(spec, Run.Rows));
    }

    [Fact]
    public void The_compute_optimal_lab_exhausts_the_public_stock_within_the_80_percent_interval()
    {
        double? year = Run.Summary.Labs.Single(l => l.Lab == "compute-optimal").ExhaustionYear;
        Assert.NotNull(year);
        Assert.InRange(year.Value, 2026, 2032);
    }

    [Fact]
    public void Overtraining_5x_exhausts_it_earlier()
    {
        double optimal = Run.Summary.Labs.Single(l => l.Lab == "compute-optimal").ExhaustionYear!.Value;
        double overtrained = Run.Summary.Labs.Single(l => l.Lab == "overtrain-5x").ExhaustionYear!.Value;
        Assert.True(overtrained < optimal, $"overtrain-5x {overtrained} should exhaust before compute-optimal {optimal}");
        Assert.InRange(overtrained, 2025, 2029);
    }
}
