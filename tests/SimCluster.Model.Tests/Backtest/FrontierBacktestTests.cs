using SimCluster.Model.Backtest;
using SimCluster.Model.Calibration;
using SimCluster.Model.Tests.World;
using SimCluster.Model.World;

namespace SimCluster.Model.Tests.Backtest;

/// <summary>
/// The backtest's arithmetic on a run and a table built by hand, small enough to check every number on paper.
/// </summary>
/// <remarks>
/// The run: two labs, monthly from 2024 for 24 steps (step k ends at 2024 + k/12). Lab a: K = 100 + k, GPQA = 50 + k
/// (70 at step 20, never 80); releases at step 12 (ends exactly 2025.0: December 2024; 1e26 FLOP, 50 MW) and step 13
/// (2e26 FLOP, 80 MW). Lab b: K 110, GPQA 60 throughout; a release at step 6 (3e25 FLOP, 20 MW). The frontier K is
/// therefore 110 to step 10 and 100 + k after, the frontier GPQA 60 to step 10 and 50 + k after.
/// </remarks>
public sealed class FrontierBacktestTests
{
    private const string Source = "hand-built";

    // Old and Future lie outside the run; Small is not a record setter; M2 has no GPQA; M3 ties M2's ECI record.
    private const string Table = """
        model,developer,release_year,eci,train_flop,flop_confidence,reasoning,gpqa_diamond,source
        Old,Lab X,2023.5,105,1e25,Confident,false,40,hand
        M1,Lab X,2024.5,108,2e25,Likely,false,45,hand
        Small,Lab Y,2024.5,90,1e24,,false,,hand
        M2,Lab Y,2025.0,115,5e25,Speculative,false,,hand
        M3,Lab X,2025.2,115,3e26,Likely,true,72,hand
        Future,Lab Y,2027.0,130,,,true,85,hand
        """;

    private static IReadOnlyList<FrontierModel> Models() => FrontierCalibrationTable.Parse(new StringReader(Table), Source);

    private static IReadOnlyList<TrajectoryRow> Run()
    {
        var rows = new List<TrajectoryRow>();
        for (int k = 1; k <= 24; k++)
        {
            rows.Add(TestRows.Row("lab-a", k, capabilityEci: 100 + k, gpqa: 50 + k,
                modelPretrainFlop: k >= 13 ? 2e26 : k >= 12 ? 1e26 : 1e25, modelTrainPowerMw: k >= 13 ? 80 : 50, modelReleased: k is 12 or 13));
            rows.Add(TestRows.Row("lab-b", k, capabilityEci: 110, gpqa: 60, modelPretrainFlop: 3e25, modelTrainPowerMw: 20, modelReleased: k == 6));
        }
        return rows;
    }

    [Fact]
    public void Frontier_is_the_best_lab_per_step_and_a_date_reads_the_last_step_ending_on_or_before_it()
    {
        var frontier = SimulatedFrontier.Of(Run());

        Assert.Equal(24, frontier.Points.Count);
        Assert.Equal(2024 + 1 / 12.0, frontier.FirstYear);
        Assert.Equal(2026.0, frontier.LastYear);
        Assert.Equal(110, frontier.At(2024.5)!.Eci); // step 6: lab b leads
        Assert.Equal(112, frontier.At(2025.0)!.Eci); // step 12 ends exactly then
        Assert.Equal(112, frontier.At(2025.08)!.Eci); // step 13 ends at 2025.0833: not yet
        Assert.Equal(113, frontier.At(2025 + 1 / 12.0)!.Eci);
        Assert.Equal(60, frontier.At(2024.5)!.Gpqa);
        Assert.Null(frontier.At(2024.0));
        Assert.Equal(124, frontier.At(2030)!.Eci);
        Assert.False(frontier.Covers(2023.5));
        Assert.True(frontier.Covers(2026.0));
        Assert.False(frontier.Covers(2026.01));
    }

    [Fact]
    public void Record_setters_beat_or_tie_every_earlier_model_and_models_without_the_metric_are_skipped()
    {
        var models = Models();

        // Old opens the table: with nothing before it, it sets no record, only the bar the next models must clear.
        Assert.Equal(["M1", "M2", "M3", "Future"], RecordSetters.Of(models, m => m.Eci).Select(m => m.Model));
        Assert.Equal(["M1", "M3", "Future"], RecordSetters.Of(models, m => m.GpqaDiamond).Select(m => m.Model));
    }

    [Fact]
    public void Only_the_tables_first_date_is_skipped_so_the_first_score_of_a_later_date_sets_a_record()
    {
        // A opens the table without a GPQA score; B, a later model, is the first with one and sets the GPQA record.
        var models = FrontierCalibrationTable.Parse(new StringReader("""
            model,developer,release_year,eci,train_flop,flop_confidence,reasoning,gpqa_diamond,source
            A,X,2024.0,110,,,false,,s
            B,Y,2024.5,105,,,false,40,s
            """), Source);

        Assert.Equal(["B"], RecordSetters.Of(models, m => m.GpqaDiamond).Select(m => m.Model));
        Assert.Empty(RecordSetters.Of(models, m => m.Eci));
    }

    [Fact]
    public void Only_the_best_model_of_a_date_can_set_the_record()
    {
        var models = FrontierCalibrationTable.Parse(new StringReader("""
            model,developer,release_year,eci,train_flop,flop_confidence,reasoning,gpqa_diamond,source
            B,Y,2024.5,120,,,false,,s
            A,X,2024.0,110,,,false,,s
            C,Z,2024.5,115,,,false,,s
            D,Z,2024.6,116,,,false,,s
            """), Source);

        // C is above everything before that day but below B, released the same day: only B was the frontier. A, the
        // table's first model, sets none; D (116) is below B's record.
        Assert.Equal(["B"], RecordSetters.Of(models, m => m.Eci).Select(m => m.Model));
    }

    [Fact]
    public void Eci_residuals_are_simulated_minus_real_for_record_setters_inside_the_run()
    {
        var eci = FrontierBacktest.Compare(Run(), Models()).Eci;

        Assert.Equal(["M1", "M2", "M3"], eci.Residuals.Select(r => r.Model));
        Assert.Equal([110.0, 112, 114], eci.Residuals.Select(r => r.Simulated));
        Assert.Equal([2.0, -3, -1], eci.Residuals.Select(r => r.Residual));
        Assert.Equal(1, eci.OutOfRange); // Future (2027); Old (2023.5) opens the table and sets no record
        Assert.Equal(3, eci.Summary.Count);
        Assert.Equal(Math.Sqrt(14 / 3.0), eci.Summary.Rmse!.Value, 12);
        Assert.Equal(-2 / 3.0, eci.Summary.Bias!.Value, 12);
        Assert.Equal(3, eci.Summary.MaxAbsResidual);
    }

    [Fact]
    public void Gpqa_residuals_skip_models_without_a_score()
    {
        var gpqa = FrontierBacktest.Compare(Run(), Models()).Gpqa;

        Assert.Equal(["M1", "M3"], gpqa.Residuals.Select(r => r.Model));
        Assert.Equal([15.0, -8], gpqa.Residuals.Select(r => r.Residual)); // 60 − 45; step 14: 64 − 72
        Assert.Equal(1, gpqa.OutOfRange); // Future; Old opens the table
        Assert.Equal(Math.Sqrt((225 + 64) / 2.0), gpqa.Summary.Rmse!.Value, 12);
        Assert.Equal(3.5, gpqa.Summary.Bias!.Value, 12);
        Assert.Equal(15, gpqa.Summary.MaxAbsResidual);
    }

    [Fact]
    public void First_dates_at_gpqa_70_and_80_with_one_never_reached_by_the_run()
    {
        var dates = FrontierBacktest.Compare(Run(), Models()).GpqaThresholds;

        Assert.Equal([70.0, 80], dates.Select(d => d.Threshold));
        var at70 = dates[0];
        Assert.Equal("M3", at70.RealModel);
        Assert.Equal(2025.2, at70.RealYear);
        Assert.Equal(2024 + 20 / 12.0, at70.SimulatedYear); // lab a reaches 70 at step 20
        Assert.Equal((2024 + 20 / 12.0 - 2025.2) * 12, at70.DifferenceMonths!.Value, 9);

        var at80 = dates[1];
        Assert.Equal("Future", at80.RealModel); // the first model at 80 counts even outside the run
        Assert.Equal(2027.0, at80.RealYear);
        Assert.Null(at80.SimulatedYear); // the run peaks at 74
        Assert.Null(at80.DifferenceMonths);
    }

    [Fact]
    public void A_release_on_the_step_ending_at_a_year_boundary_belongs_to_the_year_before()
    {
        Assert.Equal(2024, LargestRuns.CalendarYearOfStep(2025.0));
        Assert.Equal(2024, LargestRuns.CalendarYearOfStep(2024 + 12 / 12.0));
        Assert.Equal(2025, LargestRuns.CalendarYearOfStep(2025 + 1 / 12.0));
        Assert.Equal(2025, LargestRuns.CalendarYearOfRelease(2025.0)); // a real date: 1 January 2025
    }

    [Fact]
    public void Largest_run_per_year_compares_the_biggest_real_and_simulated_releases_of_each_calendar_year()
    {
        var runs = FrontierBacktest.Compare(Run(), Models()).LargestRuns;

        // 2023 (Old) is outside the run; Future has no compute.
        Assert.Equal([2024, 2025], runs.Select(r => r.Year));
        var y2024 = runs[0];
        Assert.Equal("M1", y2024.RealModel);
        Assert.Equal(2e25, y2024.RealFlop);
        Assert.Equal(1e26, y2024.SimulatedFlop); // lab a's release at exactly 2025.0 is December 2024
        Assert.Equal("lab-a", y2024.SimulatedLab);
        Assert.Equal(50, y2024.SimulatedTrainPowerMw);
        Assert.Equal(5, y2024.Ratio!.Value, 12);

        var y2025 = runs[1];
        Assert.Equal("M3", y2025.RealModel);
        Assert.Equal(2e26, y2025.SimulatedFlop);
        Assert.Equal(80, y2025.SimulatedTrainPowerMw);
        Assert.Equal(2 / 3.0, y2025.Ratio!.Value, 12);
    }

    [Fact]
    public void A_year_without_a_simulated_release_has_no_ratio_and_a_table_without_models_in_range_compares_none()
    {
        var rows = Run().Where(r => !r.ModelReleased || r.Year > 2025.01).ToArray();
        var y2024 = FrontierBacktest.Compare(rows, Models()).LargestRuns[0];
        Assert.Null(y2024.SimulatedFlop);
        Assert.Null(y2024.Ratio);

        var outside = Models().Where(m => m.Model is "Old" or "Future").ToArray();
        var result = FrontierBacktest.Compare(Run(), outside);
        Assert.Empty(result.Eci.Residuals);
        Assert.Equal(new ResidualSummary(0, null, null, null), result.Eci.Summary);
        Assert.Equal(1, result.Eci.OutOfRange); // Future; Old opens the table and sets no record
        Assert.Empty(result.LargestRuns);
    }
}
