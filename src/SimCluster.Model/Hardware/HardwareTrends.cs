namespace SimCluster.Model.Hardware;

/// <summary>
/// Exponential hardware trends (docs/model.md §3): f(t) = f0·2^((t−t0)/T_f), ppp(t) doubling every T_pp,
/// price(t) = f(t)/ppp(t), eff(t) doubling every T_w, power p(t) = f(t)/eff(t).
/// </summary>
public static class HardwareTrends
{
    /// <summary>Per-GPU peak FLOP/s of a GPU bought in <paramref name="year"/>.</summary>
    public static double PeakFlopsPerGpu(HardwareParameters hw, double t0, double year) =>
        hw.PeakFlopsPerGpu0 * Math.Pow(2, (year - t0) / hw.PeakFlopsDoublingYears);

    /// <summary>Price (USD) of one GPU bought in <paramref name="year"/>: f(t) / ppp(t).</summary>
    public static double GpuPriceUsd(HardwareParameters hw, double t0, double year)
    {
        // ppp(t) = ppp0·2^((t−t0)/T_pp) with ppp0 = f0 / price0.
        double pricePerformance0 = hw.PeakFlopsPerGpu0 / hw.GpuPriceUsd0;
        double pricePerformance = pricePerformance0 * Math.Pow(2, (year - t0) / hw.PricePerformanceDoublingYears);
        return PeakFlopsPerGpu(hw, t0, year) / pricePerformance;
    }

    /// <summary>System power (kW) of one GPU bought in <paramref name="year"/>: f(t) / eff(t).</summary>
    public static double PowerPerGpuKw(HardwareParameters hw, double t0, double year)
    {
        double efficiency0 = hw.PeakFlopsPerGpu0 / hw.PowerPerGpuKw0;
        double efficiency = efficiency0 * Math.Pow(2, (year - t0) / hw.EfficiencyDoublingYears);
        return PeakFlopsPerGpu(hw, t0, year) / efficiency;
    }
}
