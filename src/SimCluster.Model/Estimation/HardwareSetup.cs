namespace SimCluster.Model.Estimation;

/// <summary>The fleet a calculator estimate runs on. Defaults are the Llama 3.1 405B seed case (docs/model.md §16.3).</summary>
/// <param name="Gpus">GPUs: 16,000.</param>
/// <param name="GpuFlops">Peak FLOP/s per GPU: 1e15.</param>
/// <param name="Mfu">Model FLOP utilisation, in (0, 1]: 0.4.</param>
/// <param name="GpuPowerKw">System power per GPU in kW: 1.0.</param>
/// <param name="Pue">Power usage effectiveness, ≥ 1: 1.0.</param>
public sealed record HardwareSetup(double Gpus = 16_000, double GpuFlops = 1e15, double Mfu = 0.4, double GpuPowerKw = 1.0, double Pue = 1.0);
