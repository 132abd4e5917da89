using SimCluster.Model.Readouts;

namespace SimCluster.Model.Tests.Readouts;

/// <summary>The capability each milestone needs under the default readouts (the table in docs/model.md §19).</summary>
public sealed class MilestoneTableTests
{
    private static readonly MilestoneTable Table = MilestoneTable.Default;

    [Theory]
    [InlineData("ECI 150", 150.0)]
    [InlineData("ECI 175", 175.0)]
    [InlineData("ECI 200", 200.0)]
    [InlineData("FrontierMath 50%", 154.2)]
    [InlineData("FrontierMath 90%", 167.5)]
    [InlineData("METR horizon 1 week", 168.6)]
    [InlineData("METR horizon 1 month", 178.6)]
    [InlineData("GPQA Diamond 70", 137.8)]
    [InlineData("GPQA Diamond 80", 142.9)]
    [InlineData("GPQA Diamond 90", 152.6)]
    public void Milestone_needs_the_documented_K(string name, double expected) =>
        Assert.Equal(expected, Table.CapabilityOf(name), 1);

    [Fact]
    public void Each_milestone_is_where_its_readout_reaches_the_threshold()
    {
        var r = ReadoutSet.Default;
        Assert.Equal(80, r.GpqaDiamond.Score(Table.CapabilityOf("GPQA Diamond 80")), 9);
        Assert.Equal(90, r.FrontierMath.Score(Table.CapabilityOf("FrontierMath 90%")), 9);
        Assert.Equal(MetrHorizon.OneMonthMinutes, r.Metr.Minutes(Table.CapabilityOf("METR horizon 1 month")), 6);
        Assert.True(Table.CapabilityOf("GPQA Diamond 70") < Table.CapabilityOf("GPQA Diamond 80"));
        Assert.True(Table.CapabilityOf("METR horizon 1 week") < Table.CapabilityOf("METR horizon 1 month"));
    }

    [Fact]
    public void A_GPQA_milestone_above_the_ceiling_is_never_reached()
    {
        var gpqa95 = ReadoutSet.Default.GpqaDiamond.CapabilityAt(95);
        Assert.Equal(double.PositiveInfinity, gpqa95);
    }
}
