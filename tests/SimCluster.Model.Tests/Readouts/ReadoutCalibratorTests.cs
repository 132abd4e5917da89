using SimCluster.Model.Calibration;
using SimCluster.Model.Readouts;

namespace SimCluster.Model.Tests.Readouts;

/// <summary>The readout fit and the table parser on data made up here, independent of the shared file.</summary>
public sealed class ReadoutCalibratorTests
{
    private static readonly LogisticReadout Truth = new("t", 25, 90, 0.15, 135);

    private static ReadoutPoint[] Points(double noise) =>
        Enumerable.Range(0, 40).Select(i =>
        {
            double k = 110 + i;
            // Alternating ± noise: deterministic, mean zero.
            return new ReadoutPoint($"m{i}", k, Truth.Score(k) + (i % 2 == 0 ? noise : -noise));
        }).ToArray();

    [Fact]
    public void Recovers_a_known_readout_with_the_ceiling_free_or_held()
    {
        var start = Truth with { Slope = 0.1, Difficulty = 130, Ceiling = 100 };
        var free = ReadoutCalibrator.Fit(Points(0), start);
        Assert.Equal(0.15, free.Parameter("slope_alpha").Value, 6);
        Assert.Equal(135, free.Parameter("difficulty_d").Value, 5);
        Assert.Equal(90, free.Parameter("ceiling").Value, 5);
        Assert.Equal(0, free.Rmse, 6);

        var held = ReadoutCalibrator.Fit(Points(1), start, fixedCeiling: 90);
        Assert.True(held.FixedCeiling);
        Assert.Equal(90, held.Readout.Ceiling);
        Assert.Equal(0.15, held.Parameter("slope_alpha").Value, 2);
        Assert.Equal(1, held.Rmse, 1);
        Assert.InRange(Math.Abs(held.LargestResiduals(1).Single().Residual), 0.9, 1.1);
    }

    [Fact]
    public void Holding_the_wrong_ceiling_shows_in_the_fit()
    {
        var start = Truth with { Slope = 0.1, Difficulty = 130 };
        var wrong = ReadoutCalibrator.Fit(Points(0), start, fixedCeiling: 70);
        Assert.True(wrong.Rmse > 1, $"RMSE {wrong.Rmse}");
    }

    [Fact]
    public void Too_few_points_are_refused()
    {
        var two = Points(0).Take(2).ToArray();
        Assert.Throws<CalibrationDataException>(() => ReadoutCalibrator.Fit(two, Truth, fixedCeiling: 90));
    }

    [Fact]
    public void Gpqa_points_are_the_rows_with_a_score_released_before_the_cutoff()
    {
        const string csv = """
            model,developer,release_year,eci,train_flop,flop_confidence,reasoning,gpqa_diamond,source
            a,X,2024.5,130.00,1e25,Likely,false,54.0,"ECI, GPQA: a, b"
            b,X,2024.6,120.00,,,false,,"no GPQA"
            c,X,2025.3,145.00,,,true,85.0,"after the cutoff"
            """;
        var rows = FrontierCalibrationTable.Parse(new StringReader(csv), "t.csv");
        Assert.Equal(3, rows.Count);
        Assert.Null(rows[1].GpqaDiamond);
        Assert.True(rows[2].Reasoning);
        var points = ReadoutCalibrator.GpqaPoints(rows);
        Assert.Equal(new ReadoutPoint("a", 130, 54), Assert.Single(points));
    }
}
