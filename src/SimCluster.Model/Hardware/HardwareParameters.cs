namespace SimCluster.Model.Hardware;

/// <summary>
/// Accelerator trends and operating point (docs/model.md §3). Every trend is anchored at calendar 2024
/// (<see cref="HardwareTrends.ReferenceYear"/>), never at a scenario's start: a scenario starting in 2023 and one
/// starting in 2024 buy the same GPU in 2025. Defaults are the design's.
/// </summary>
/// <param name="PeakFlopsPerGpu0">Peak FLOP/s of a GPU bought in 2024: 1e15 (H100 BF16, seed documents).</param>
/// <param name="PeakFlopsDoublingYears">Doubling time of per-GPU FLOP/s while energy efficiency is far from its limit: 2.8 yr (Epoch AI ML hardware, FP16 +28%/yr).</param>
/// <param name="PricePerformanceDoublingYears">Doubling time of FLOP/s per USD: 2.5 yr (Hobbhahn &amp; Besiroglu 2022: 2.46, CI 2.24-2.72).</param>
/// <param name="GpuPriceUsd0">Chip price in 2024: USD 30,000 (seed documents, H100).</param>
/// <param name="AcceleratorOverhead">Servers and networking per USD of chips: 0.45 (Cottier et al. 2024: server components 15-22%, interconnect 9-13% of hardware cost; the rest an assumption).</param>
/// <param name="PowerPerGpuKw0">Power per GPU in 2024, node overhead included: 1.0 kW (seed: 7.9 kW per 8-GPU H100 node).</param>
/// <param name="PowerGrowthPerYear">Yearly growth of power per GPU: 0.03 (Epoch AI, Sep 2024: power per GPU rises a few percent a year).</param>
/// <param name="FlopPerJouleLimit">The CMOS limit that peak FLOP per joule approaches: 4.7e15 (Ho, Erdil &amp; Besiroglu 2023, FP4 geometric mean).</param>
/// <param name="Mfu">Model FLOP utilisation: 0.4 (Llama 3.1: 38-43%).</param>
/// <param name="Pue">Power usage effectiveness: 1.0, because the power per GPU already includes node overhead.</param>
/// <param name="RetirementYears">Vintage lifetime: 4 yr (assumption).</param>
public sealed record HardwareParameters(
    double PeakFlopsPerGpu0 = 1e15,
    double PeakFlopsDoublingYears = 2.8,
    double PricePerformanceDoublingYears = 2.5,
    double GpuPriceUsd0 = 30_000,
    double AcceleratorOverhead = 0.45,
    double PowerPerGpuKw0 = 1.0,
    double PowerGrowthPerYear = 0.03,
    double FlopPerJouleLimit = Guards.PhysicalLimits.CmosFlopPerJoule,
    double Mfu = 0.4,
    double Pue = 1.0,
    double RetirementYears = 4.0)
{
    /// <summary>The design's defaults.</summary>
    public static HardwareParameters Default { get; } = new();
}
