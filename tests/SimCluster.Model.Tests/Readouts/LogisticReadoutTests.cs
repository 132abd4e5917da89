using SimCluster.Model.Readouts;

namespace SimCluster.Model.Tests.Readouts;

/// <summary>The logistic readout r(K) = floor + (ceiling − floor)·σ(α·(K − D)) and its inverse (docs/model.md §19).</summary>
public sealed class LogisticReadoutTests
{
    public static TheoryData<string> Names => new() { "GPQA Diamond", "FrontierMath tiers 1-3", "SWE-bench Verified", "MATH Level 5" };

    private static LogisticReadout Find(string name) => ReadoutSet.Default.Logistic.Single(r => r.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Score_rises_with_K_and_stays_between_floor_and_ceiling(string name)
    {
        var r = Find(name);
        double previous = double.NegativeInfinity;
        for (double k = 0; k <= 300; k += 0.5)
        {
            double s = r.Score(k);
            Assert.InRange(s, r.Floor, r.Ceiling);
            Assert.True(s >= previous, $"{name}: score fell from {previous} to {s} at K = {k}");
            previous = s;
        }
        // Strictly rising where the curve is not flat to machine precision.
        Assert.True(r.Score(r.Difficulty + 1) > r.Score(r.Difficulty));
        Assert.Equal((r.Floor + r.Ceiling) / 2, r.Score(r.Difficulty), 12);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Inverse_round_trips_inside_the_open_range(string name)
    {
        var r = Find(name);
        for (int i = 1; i < 100; i++)
        {
            double score = r.Floor + (r.Ceiling - r.Floor) * i / 100.0;
            Assert.Equal(score, r.Score(r.CapabilityAt(score)), 9);
        }
        foreach (double k in new[] { 100.0, 130, 150, 170 })
            Assert.Equal(k, r.CapabilityAt(r.Score(k)), 6);
    }

    [Fact]
    public void Inverse_outside_the_range_is_infinite_and_nan_stays_nan()
    {
        var r = ReadoutSet.Default.GpqaDiamond;
        Assert.Equal(double.NegativeInfinity, r.CapabilityAt(r.Floor));
        Assert.Equal(double.NegativeInfinity, r.CapabilityAt(10));
        Assert.Equal(double.PositiveInfinity, r.CapabilityAt(r.Ceiling));
        Assert.Equal(double.PositiveInfinity, r.CapabilityAt(99));
        Assert.True(double.IsNaN(r.CapabilityAt(double.NaN)));
        Assert.True(double.IsNaN(r.Score(double.NaN)));
        Assert.Equal(r.Ceiling, r.Score(double.PositiveInfinity));
        Assert.Equal(r.Floor, r.Score(double.NegativeInfinity));
    }

    [Theory]
    [InlineData(25, 25, 0.1, 130)]
    [InlineData(25, 94, 0, 130)]
    [InlineData(25, 94, -0.1, 130)]
    [InlineData(25, 94, 0.1, double.NaN)]
    public void Validate_rejects_a_readout_that_does_not_rise_between_floor_and_ceiling(double floor, double ceiling, double slope, double d) =>
        Assert.Throws<ArgumentException>(() => new LogisticReadout("x", floor, ceiling, slope, d).Validate());
}
