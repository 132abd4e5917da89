using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Progress;

namespace SimCluster.Model.Tests.Unit;

public sealed class HardwareAndMoneyTests
{
    private static readonly HardwareParameters Hw = HardwareParameters.Default;

    [Fact]
    public void Trends_start_at_the_seed_values_in_2024_whatever_the_scenario()
    {
        Assert.Equal(1e15, HardwareTrends.PeakFlopsPerGpu(Hw, 2024), 1e15 * 1e-12);
        Assert.Equal(30_000, HardwareTrends.ChipPriceUsd(Hw, 2024), 1e-6);
        Assert.Equal(43_500, HardwareTrends.DeployedPriceUsd(Hw, 2024), 1e-6); // Cottier et al. 2024: +45% servers and networking
        Assert.Equal(1.0, HardwareTrends.PowerPerGpuKw(Hw, 2024), 12);
        // Power per GPU rises 3%/yr (Epoch AI 2024), not falls.
        Assert.Equal(1.03, HardwareTrends.PowerPerGpuKw(Hw, 2025), 12);
        // Far from the CMOS limit FLOP/s doubles every 2.8 years (within the saturation's 0.1%) and FLOP/s per USD every 2.5.
        Assert.Equal(2, HardwareTrends.PeakFlopsPerGpu(Hw, 2026.8) / 1e15, 2e-3);
        double ppp(double t) => HardwareTrends.PeakFlopsPerGpu(Hw, t) / HardwareTrends.ChipPriceUsd(Hw, t);
        Assert.Equal(2, ppp(2026.5) / ppp(2024), 12);
    }

    [Fact]
    public void Flop_per_joule_approaches_the_CMOS_limit_smoothly_and_never_passes_it()
    {
        double limit = Hw.FlopPerJouleLimit;
        double previous = 0, previousStep = double.PositiveInfinity;
        for (double t = 2024; t <= 2124; t += 1)
        {
            double e = HardwareTrends.FlopPerJoule(Hw, t);
            Assert.True(e < limit, $"{t}: {e:E3} FLOP/J is past the limit");
            Assert.True(e > previous, $"{t}: FLOP/J fell");
            // Past the knee each year adds less than the one before (no kink, no overshoot).
            if (t > 2070) Assert.True(e - previous < previousStep, $"{t}: FLOP/J accelerated past the knee");
            previousStep = e - previous;
            previous = e;
        }
        Assert.InRange(HardwareTrends.FlopPerJoule(Hw, 2124) / limit, 0.99, 1.0);
        // Past the limit FLOP/s grows only as fast as power: 3%/yr.
        Assert.Equal(1.03, HardwareTrends.PeakFlopsPerGpu(Hw, 2125) / HardwareTrends.PeakFlopsPerGpu(Hw, 2124), 3e-3);
    }

    [Fact]
    public void Fleet_retires_vintages_after_four_years()
    {
        var fleet = new Fleet(Hw);
        fleet.Purchase(2024, 3e9);
        fleet.Purchase(2025, 3e9);
        Assert.Equal(2, fleet.Vintages.Count);
        fleet.Retire(2027.99);
        Assert.Equal(2, fleet.Vintages.Count);
        fleet.Retire(2028);
        Assert.Single(fleet.Vintages);
        Assert.Equal(2025, fleet.Vintages[0].PurchaseYear);
    }

    [Fact]
    public void A_power_limit_stops_purchases_that_would_exceed_it()
    {
        var fleet = new Fleet(Hw);
        double spent = fleet.Purchase(2024, 4.35e9, maxPowerMw: 50); // would be 100,000 GPUs = 100 MW
        Assert.Equal(50, fleet.PowerMw, 9);
        Assert.Equal(1, spent / (50_000 * 43_500.0), 12);
        Assert.Equal(0, fleet.Purchase(2024.1, 1e9, maxPowerMw: 50));
    }

    [Fact]
    public void Budget_doubles_until_2030_then_grows_4_percent()
    {
        var p = BudgetParameters.Default;
        Assert.Equal(5e9, Budget.UsdPerYear(p, 2024, 2024));
        Assert.Equal(64, Budget.UsdPerYear(p, 2024, 2030) / 5e9, 12);
        Assert.Equal(64 * 1.04, Budget.UsdPerYear(p, 2024, 2031) / 5e9, 12);
        Assert.Equal(8, Budget.EnergyCostUsd(p, 100), 12);
    }

    [Fact]
    public void Algorithmic_progress_is_1_in_2024_doubles_every_8_months_then_and_slows_smoothly()
    {
        var p = AlgorithmicProgressParameters.Default;
        Assert.Equal(1, AlgorithmicProgress.Multiplier(p, 2024));
        var steady = p with { SlowdownHalfLifeYears = double.PositiveInfinity };
        Assert.Equal(2, AlgorithmicProgress.Multiplier(steady, 2024 + 8 / 12.0), 12);
        Assert.Equal(0.5, AlgorithmicProgress.Multiplier(steady, 2024 - 8 / 12.0), 12);
        // Near 2024 the slowdown is negligible; its pace halves every 15 years: 1.5 doublings a year in 2024, 0.75 in 2039.
        Assert.Equal(2, AlgorithmicProgress.Multiplier(p, 2024 + 8 / 12.0), 1);
        double rate2039 = (AlgorithmicProgress.Doublings(p, 2039.01) - AlgorithmicProgress.Doublings(p, 2038.99)) / 0.02;
        Assert.Equal(0.75, rate2039, 4);
        // Bounded: at most (12/8)·15/ln 2 ≈ 32.5 doublings ever; no kink anywhere (the 2030.6 cap of 1000x is gone).
        Assert.InRange(AlgorithmicProgress.Doublings(p, 2300), 32.4, 32.47);
        Assert.True(AlgorithmicProgress.Multiplier(p, 2031) > AlgorithmicProgress.Multiplier(p, 2030.6));
        Assert.Equal(1, AlgorithmicProgress.Multiplier(AlgorithmicProgressParameters.None, 2040));
    }
}
