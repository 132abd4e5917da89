using SimCluster.Model.Calibration;
using SimCluster.Model.Capability;

namespace SimCluster.Model.Tests.Validation;

/// <summary>
/// docs/model.md §18: the capability index refitted on frontier-calibration.csv (Epoch AI's ECI table, repository
/// epoch-research/benchmark-stitching, Nov 2025 snapshot) must reproduce <see cref="CapabilityIndex.Default"/>.
/// The CSV is not in this repository (it is Epoch's data, kept beside the checkout): the tests read it from
/// SIMCLUSTER_FRONTIER_CSV, or from shared/data/frontier-calibration.csv above the test binaries, and are skipped,
/// saying so, when neither exists.
/// </summary>
public sealed class CapabilityCalibrationTests
{

    [SkippableFact]
    public void Fit_on_the_file_reproduces_the_defaults_in_code()
    {
        var rows = SharedData.FrontierRows();
        var fit = CapabilityCalibrator.Fit(rows);
        Assert.Equal(65, fit.Count);
        Assert.Equal(CapabilityIndex.Default.Intercept, fit.Intercept.Value, 0.01);
        Assert.Equal(CapabilityIndex.Default.SlopePerDecade, fit.Slope.Value, 0.001);
        Assert.InRange(fit.Intercept.StandardError, 14.7, 14.85);
        Assert.InRange(fit.Slope.StandardError, 0.61, 0.62);
        Assert.InRange(fit.Rmse, 5.95, 6.05);
        Assert.InRange(fit.RSquared, 0.80, 0.81);
        Assert.DoesNotContain(fit.Residuals, r => r.ReleaseYear >= CapabilityCalibrator.ReleasedBefore);
        Assert.Equal(fit.Residuals.OrderBy(r => r.ReleaseYear), fit.Residuals, ReferenceEqualityComparer.Instance);
        // A least-squares line with an intercept leaves residuals that sum to zero.
        Assert.Equal(0, fit.Residuals.Sum(r => r.Residual), 6);
    }

    [SkippableFact]
    public void A_slope_ten_percent_off_fits_clearly_worse()
    {
        var rows = SharedData.FrontierRows();
        var fit = CapabilityCalibrator.Fit(rows);
        Assert.Equal(fit.Rmse, CapabilityCalibrator.Rmse(CapabilityIndex.Default, rows), 2);
        foreach (double factor in new[] { 0.9, 1.1 })
        {
            var mutated = CapabilityIndex.Default with { SlopePerDecade = CapabilityIndex.Default.SlopePerDecade * factor };
            double rmse = CapabilityCalibrator.Rmse(mutated, rows);
            // ±10% on b_K moves a 2024 frontier model (log10 C_eq ≈ 25) by about 25 ECI points.
            Assert.True(rmse > fit.Rmse + 10, $"b_K x{factor}: RMSE {rmse:F2} vs fitted {fit.Rmse:F2}");
        }
    }

    [Fact]
    public void Fit_recovers_a_line_the_index_generates()
    {
        // Guards the regression and its selection independently of the data file.
        var truth = new CapabilityIndex(-100, 9);
        var rows = Enumerable.Range(0, 20).Select(i =>
        {
            double year = 2023 + i * 0.1, flop = Math.Pow(10, 22 + i * 0.2);
            double ceq = flop * Math.Pow(2, (year - 2024) * 12 / 8);
            return new FrontierModel($"m{i}", "d", year, truth.Pretraining(ceq) + (i % 2 == 0 ? 1 : -1), flop, FlopConfidence.Confident, false, null, "s", i + 2);
        }).Append(new FrontierModel("reasoner", "d", 2024.5, 200, 1e25, FlopConfidence.Confident, true, null, "s", 30))
          .Append(new FrontierModel("late", "d", 2025.5, 200, 1e25, FlopConfidence.Confident, false, null, "s", 31))
          .Append(new FrontierModel("unknown", "d", 2024.5, 200, null, FlopConfidence.Unknown, false, null, "s", 32))
          .ToArray();
        var fit = CapabilityCalibrator.Fit(rows);
        Assert.Equal(20, fit.Count);
        Assert.Equal(9, fit.Slope.Value, 0.2);
        Assert.Equal(1.0, fit.Rmse, 0.05);
        Assert.True(fit.Slope.StandardError is > 0 and < 0.2);
    }
}
