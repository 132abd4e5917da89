using SimCluster.Model.Calibration;
using SimCluster.Model.Capability;
using SimCluster.Model.Readouts;
using SimCluster.Model.Scaling;

namespace SimCluster.Model.Tests.Validation;

/// <summary>
/// docs/model.md §16.5: the base-model GPQA slope per 10x pretraining compute between 1e24 and 1e27 FLOP (2024
/// algorithms), through the capability index: C → C_eq = C (compute-optimal, unlimited data) → K_pre → GPQA readout.
/// Epoch AI's cross-sectional data insight finds about +12 points per 10x (mixing release dates and post-training);
/// the calibrated index implies about +18 (K_pre 115.5 → 145.4, GPQA 29.6 → 83.7). The design holds it within 10-20.
/// </summary>
public sealed class GpqaSlopeTests
{
    private static double Gpqa(double flop)
    {
        var c = LossConstants.Besiroglu2024;
        double k = CapabilityIndex.Default.Pretraining(ChinchillaEquivalent.Compute(c, ChinchillaLaw.OptimalLoss(c, flop)));
        return ReadoutSet.Default.GpqaDiamond.Score(k);
    }

    [Fact]
    public void Base_model_gpqa_gains_10_to_20_points_per_decade_of_compute_from_1e24_to_1e27()
    {
        double slope = (Gpqa(1e27) - Gpqa(1e24)) / 3;
        Assert.InRange(slope, 10, 20);
        Assert.Equal(18.0, slope, 0); // the value docs/model.md reports
    }

    [Fact]
    public void The_v1_loss_mapping_kept_for_calibrate_still_gains_about_12_points_per_decade()
    {
        foreach (var c in LossConstants.BuiltIn)
            Assert.InRange(GpqaCalibrator.SlopePerDecade(GpqaDefaults.For(c), c, SlopePrior.Epoch2025), 9, 15);
    }
}
