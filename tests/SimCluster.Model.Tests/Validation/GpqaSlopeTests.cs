using SimCluster.Model.Calibration;
using SimCluster.Model.Capability;
using SimCluster.Model.Scaling;

namespace SimCluster.Model.Tests.Validation;

/// <summary>
/// docs/model.md §16.5: base-model GPQA rises about +12 points per 10x training compute between 1e24 and 1e27 FLOP
/// (Epoch AI data insight, 2024-25). Tolerance ±3 points per decade on the mean, and every decade in [6, 18].
/// </summary>
public sealed class GpqaSlopeTests
{
    public static TheoryData<string> Sets => new() { "besiroglu2024", "hoffmann2022" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Default_mapping_gains_about_12_points_per_decade(string set)
    {
        var c = LossConstants.Find(set)!;
        var mapping = GpqaDefaults.For(c);
        Assert.InRange(GpqaCalibrator.SlopePerDecade(mapping, c, SlopePrior.Epoch2025), 9, 15);
        for (int e = 24; e < 27; e++)
        {
            double gain = mapping.Gpqa(ChinchillaLaw.OptimalLoss(c, Math.Pow(10, e + 1))) - mapping.Gpqa(ChinchillaLaw.OptimalLoss(c, Math.Pow(10, e)));
            Assert.InRange(gain, 6, 18);
        }
    }
}
