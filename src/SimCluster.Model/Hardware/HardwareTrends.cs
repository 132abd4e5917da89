namespace SimCluster.Model.Hardware;

/// <summary>
/// Accelerator trends on the calendar (docs/model.md §3), anchored at <see cref="ReferenceYear"/>:
/// - power per GPU p(t) = p0·(1 + g_p)^(t − 2024);
/// - peak FLOP per joule e(t) approaches the CMOS limit E smoothly: with r(t) the unconstrained growth of e
///   (FLOP/s doubling every T_f over power's growth), e = e0·r / (1 + (r − 1)·e0/E). It equals e0 in 2024, grows like
///   e0·r while far from E and tends to E without a kink; a GPU set above E stays above it (the guard reports that);
/// - peak FLOP/s f(t) = e(t)·p(t), so past the limit FLOP/s grows only as fast as power does;
/// - the chip's price is f(t) over price-performance ppp(t) = (f0/price0)·2^((t − 2024)/T_pp); a deployed GPU costs
///   that times (1 + overhead) for servers and networking.
/// </summary>
public static class HardwareTrends
{
    /// <summary>The calendar year every hardware trend is anchored at.</summary>
    public const double ReferenceYear = World.CalendarAnchor.Year;

    /// <summary>Power (kW, node overhead included) of one GPU bought in <paramref name="year"/>.</summary>
    public static double PowerPerGpuKw(HardwareParameters hw, double year) =>
        hw.PowerPerGpuKw0 * Math.Pow(1 + hw.PowerGrowthPerYear, year - ReferenceYear);

    /// <summary>Peak FLOP per joule of a GPU bought in <paramref name="year"/> (its FLOP/s over its watts).</summary>
    public static double FlopPerJoule(HardwareParameters hw, double year)
    {
        double e0 = hw.PeakFlopsPerGpu0 / (hw.PowerPerGpuKw0 * 1000.0);
        double dt = year - ReferenceYear;
        double r = Math.Pow(2, dt / hw.PeakFlopsDoublingYears) / Math.Pow(1 + hw.PowerGrowthPerYear, dt);
        return e0 * r / (1 + (r - 1) * e0 / hw.FlopPerJouleLimit);
    }

    /// <summary>Peak FLOP/s of a GPU bought in <paramref name="year"/>: e(t)·p(t).</summary>
    public static double PeakFlopsPerGpu(HardwareParameters hw, double year) =>
        FlopPerJoule(hw, year) * PowerPerGpuKw(hw, year) * 1000.0;

    /// <summary>Price (USD) of the chip alone, bought in <paramref name="year"/>: f(t) / ppp(t).</summary>
    public static double ChipPriceUsd(HardwareParameters hw, double year)
    {
        double pricePerformance0 = hw.PeakFlopsPerGpu0 / hw.GpuPriceUsd0;
        double pricePerformance = pricePerformance0 * Math.Pow(2, (year - ReferenceYear) / hw.PricePerformanceDoublingYears);
        return PeakFlopsPerGpu(hw, year) / pricePerformance;
    }

    /// <summary>Price (USD) of a deployed GPU bought in <paramref name="year"/>: the chip plus servers and networking.</summary>
    public static double DeployedPriceUsd(HardwareParameters hw, double year) => ChipPriceUsd(hw, year) * (1 + hw.AcceleratorOverhead);
}
