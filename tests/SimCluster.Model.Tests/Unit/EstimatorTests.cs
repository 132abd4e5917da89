using SimCluster.Model.Readouts;
using SimCluster.Model.Capability;
using SimCluster.Model.Estimation;
using SimCluster.Model.Scaling;

namespace SimCluster.Model.Tests.Unit;

public sealed class EstimatorTests
{
    private static readonly Estimator Besiroglu = new(LossConstants.Besiroglu2024, CapabilityIndex.Default, ReadoutSet.Default.GpqaDiamond, new HardwareSetup());

    [Fact]
    public void Inverse_then_forward_gives_back_the_target()
    {
        foreach (double g in new[] { 40.0, 60, 80, 93 })
        {
            var e = Besiroglu.ForTargetGpqa(g);
            Assert.Equal(g, e.Gpqa, 6);
            Assert.Equal(g, Besiroglu.FromCompute(e.Flop).Gpqa, 6);
        }
    }

    [Fact]
    public void Higher_targets_cost_more_compute_and_energy()
    {
        var a = Besiroglu.ForTargetGpqa(60);
        var b = Besiroglu.ForTargetGpqa(70);
        Assert.True(b.Flop > a.Flop && b.EnergyKwh > a.EnergyKwh && b.Days > a.Days);
    }

    [Fact]
    public void Unreachable_target_says_so()
    {
        var e = Assert.Throws<EstimateException>(() => Besiroglu.ForTargetGpqa(99.9));
        Assert.Contains("ceiling", e.Message);
    }
}
