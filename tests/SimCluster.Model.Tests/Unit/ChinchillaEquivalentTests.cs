using SimCluster.Model.Capability;
using SimCluster.Model.Scaling;

namespace SimCluster.Model.Tests.Unit;

public sealed class ChinchillaEquivalentTests
{
    public static TheoryData<string, double> Points()
    {
        var data = new TheoryData<string, double>();
        foreach (var c in LossConstants.BuiltIn)
            foreach (double flop in new[] { 1e20, 1e23, 3.8e25, 1e28, 1e32 })
                data.Add(c.Name, flop);
        return data;
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void Frontier_loss_equals_the_compute_optimal_allocation_loss(string set, double flop)
    {
        var c = LossConstants.Find(set)!;
        Assert.Equal(ChinchillaLaw.OptimalLoss(c, flop), ChinchillaEquivalent.Loss(c, flop), 10);
        // The allocator with unlimited unique data is the same compute-optimal run.
        var run = Allocator.Allocate(c, flop, double.PositiveInfinity, AllocationPolicy.ComputeOptimal);
        Assert.Equal(run.Loss, ChinchillaEquivalent.Loss(c, flop), 10);
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void Ceq_inverts_the_frontier_loss(string set, double flop)
    {
        var c = LossConstants.Find(set)!;
        double ceq = ChinchillaEquivalent.Compute(c, ChinchillaLaw.OptimalLoss(c, flop));
        Assert.Equal(1.0, ceq / flop, 9);
    }

    [Fact]
    public void Besiroglu_exponent_is_0_178_and_off_frontier_runs_need_less_equivalent_compute()
    {
        var c = LossConstants.Besiroglu2024;
        Assert.Equal(0.1783, ChinchillaEquivalent.Exponent(c), 4);
        // A run 10x over-trained on tokens is off the frontier: its loss costs less compute when spent optimally.
        double flop = 1e25;
        var (n, d) = ChinchillaLaw.ComputeOptimal(c, flop);
        double ceq = ChinchillaEquivalent.Compute(c, ChinchillaLaw.Loss(c, n / Math.Sqrt(10), d * Math.Sqrt(10)));
        Assert.InRange(ceq, 0.3 * flop, 0.99 * flop);
    }

    [Fact]
    public void Finite_stock_bounds_ceq_near_1e33()
    {
        // All of a 5e14-token stock seen 16 times (15 repeats): even infinite parameters leave B/D'^β.
        var c = LossConstants.Besiroglu2024;
        double unique = 5e14, tokens = 16 * unique;
        double floor = c.E + c.B / Math.Pow(RepeatedData.EffectiveTokens(tokens, unique), c.Beta);
        double cap = ChinchillaEquivalent.Compute(c, floor);
        Assert.InRange(cap, 5e32, 1.2e33);
        foreach (double parameters in new[] { 1e12, 1e14, 1e16 })
            Assert.True(ChinchillaEquivalent.Compute(c, ChinchillaLaw.Loss(c, parameters, RepeatedData.EffectiveTokens(tokens, unique))) < cap);
    }

    [Fact]
    public void Data_constrained_allocator_on_a_finite_stock_saturates_ceq()
    {
        // Physical compute grows 1e4-fold from a run near the stock's compute-optimal point; C_eq grows ever more
        // slowly and stays below the infinite-repetition cap E + B/(U·(1 + R*))^β ≈ 1.9e33 FLOP.
        var c = LossConstants.Besiroglu2024;
        double unique = 5e14;
        double cap = ChinchillaEquivalent.Compute(c, c.E + c.B / Math.Pow(unique * RepeatedData.MaxEffectiveMultiple(), c.Beta));
        double[] ceq = new[] { 1e29, 1e31, 1e33 }
            .Select(flop => ChinchillaEquivalent.Compute(c, Allocator.Allocate(c, flop, unique, AllocationPolicy.DataConstrained).Loss))
            .ToArray();
        Assert.True(ceq[0] < ceq[1] && ceq[1] < ceq[2]);
        Assert.True(ceq[2] < cap);
        Assert.True(ceq[2] / ceq[1] < ceq[1] / ceq[0], $"C_eq: {string.Join(", ", ceq.Select(v => v.ToString("G3")))}");
        // Far past the wall the physical compute buys a shrinking share: about 8e30 for 1e31 FLOP, 2e32 for 1e33.
        Assert.True(ceq[2] < 0.3e33);
    }

    [Fact]
    public void Loss_at_or_below_E_is_refused()
    {
        var c = LossConstants.Besiroglu2024;
        Assert.Throws<ArgumentOutOfRangeException>(() => ChinchillaEquivalent.Compute(c, c.E));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChinchillaEquivalent.Loss(c, 0));
    }
}
