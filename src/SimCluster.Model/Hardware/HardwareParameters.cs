namespace SimCluster.Model.Hardware;

/// <summary>
/// GPU hardware trends and operating point (docs/model.md §3). Defaults are the design's.
/// </summary>
/// <param name="PeakFlopsPerGpu0">Per-GPU peak FLOP/s at t0: 1e15 (H100 BF16, seed documents).</param>
/// <param name="PeakFlopsDoublingYears">Doubling time of per-GPU FLOP/s: 2.8 yr (Epoch ML hardware, FP16 +28%/yr).</param>
/// <param name="PricePerformanceDoublingYears">Doubling time of FLOP/s per USD: 2.5 yr (Hobbhahn &amp; Besiroglu 2022: 2.46, CI 2.24-2.72).</param>
/// <param name="GpuPriceUsd0">GPU price at t0: USD 30,000 (seed).</param>
/// <param name="EfficiencyDoublingYears">Doubling time of FLOP/s per W: 2.0 yr (assumption inside Epoch's 30-50%/yr).</param>
/// <param name="PowerPerGpuKw0">System power per GPU at t0 incl. node overhead: 1.0 kW (seed: 7.9 kW per 8-GPU H100 node).</param>
/// <param name="Mfu">Model FLOP utilisation: 0.4 (Llama 3.1: 38-43%).</param>
/// <param name="Pue">Power usage effectiveness: 1.0, because p0 already includes node overhead.</param>
/// <param name="RetirementYears">Vintage lifetime: 4 yr (assumption).</param>
public sealed record HardwareParameters(
    double PeakFlopsPerGpu0 = 1e15,
    double PeakFlopsDoublingYears = 2.8,
    double PricePerformanceDoublingYears = 2.5,
    double GpuPriceUsd0 = 30_000,
    double EfficiencyDoublingYears = 2.0,
    double PowerPerGpuKw0 = 1.0,
    double Mfu = 0.4,
    double Pue = 1.0,
    double RetirementYears = 4.0)
{
    /// <summary>The design's defaults.</summary>
    public static HardwareParameters Default { get; } = new();
}
