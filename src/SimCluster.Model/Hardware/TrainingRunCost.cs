namespace SimCluster.Model.Hardware;

/// <summary>
/// Wall time and energy of a training run of C FLOP on a fixed fleet (docs/model.md §3).
/// Closed form: seconds = C / (n·f·MFU); E(kWh) = C·p·PUE / (f·MFU·3600).
/// Seed check: 3.8e25 FLOP on 16,000 GPUs at 1e15 FLOP/s, MFU 0.4, 1 kW → 5,937,500 s and 26.4 GWh.
/// </summary>
public static class TrainingRunCost
{
    /// <summary>Seconds to deliver <paramref name="flop"/> on <paramref name="gpus"/> GPUs.</summary>
    public static double Seconds(double flop, double gpus, double peakFlopsPerGpu, double mfu) =>
        flop / (gpus * peakFlopsPerGpu * mfu);

    /// <summary>Days to deliver <paramref name="flop"/>.</summary>
    public static double Days(double flop, double gpus, double peakFlopsPerGpu, double mfu) =>
        Seconds(flop, gpus, peakFlopsPerGpu, mfu) / 86_400.0;

    /// <summary>Energy in kWh to deliver <paramref name="flop"/>; independent of the GPU count.</summary>
    public static double EnergyKwh(double flop, double peakFlopsPerGpu, double mfu, double powerKwPerGpu, double pue) =>
        flop * powerKwPerGpu * pue / (peakFlopsPerGpu * mfu * 3600.0);
}
