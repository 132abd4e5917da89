using SimCluster.Model.Readouts;

namespace SimCluster.Model.Tests.Readouts;

/// <summary>METR's 50% time horizon read off K (docs/model.md §19).</summary>
public sealed class MetrHorizonTests
{
    private static readonly MetrHorizon Metr = MetrHorizon.Default;

    [Fact]
    public void Horizon_doubles_every_4_85_ECI_and_the_inverse_round_trips()
    {
        Assert.Equal(2, Metr.Minutes(140 + 1 / Metr.SlopePerEci) / Metr.Minutes(140), 9);
        Assert.Equal(4.854, 1 / Metr.SlopePerEci, 3);
        foreach (double minutes in new[] { 1.0, 60, MetrHorizon.OneWeekMinutes, MetrHorizon.OneMonthMinutes })
            Assert.Equal(minutes, Metr.Minutes(Metr.CapabilityAt(minutes)), 6);
        Assert.Equal(double.NegativeInfinity, Metr.CapabilityAt(0));
        Assert.True(double.IsNaN(Metr.CapabilityAt(-1)));
        Assert.True(double.IsNaN(Metr.CapabilityAt(double.NaN)));
    }

    [Fact]
    public void One_hour_horizon_needs_about_the_ECI_of_the_first_models_METR_measured_near_an_hour()
    {
        // Kwa et al. 2025 ("Measuring AI ability to complete long tasks", arXiv 2503.14499): Claude 3.7 Sonnet's 50% time
        // horizon is around 50 minutes. Its ECI in the calibration table is 136.2 (no thinking) to 139.2 (64K thinking).
        // The line must put the K of a 50-minute horizon within two RMSEs (2 × 0.6 doublings, in ECI) of that range.
        double tolerance = 2 * MetrHorizon.DefaultRmseDoublings / Metr.SlopePerEci;
        Assert.InRange(Metr.CapabilityAt(50), 136.22 - tolerance, 139.23 + tolerance);
        // One hour is one small step further: 60/50 minutes is a quarter of a doubling.
        Assert.InRange(Metr.CapabilityAt(60) - Metr.CapabilityAt(50), 1.2, 1.4);
    }

    [Fact]
    public void Week_and_month_are_METR_work_units()
    {
        Assert.Equal(2400, MetrHorizon.OneWeekMinutes);
        Assert.Equal(10020, MetrHorizon.OneMonthMinutes);
    }
}
