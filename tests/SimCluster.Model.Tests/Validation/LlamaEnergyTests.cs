using SimCluster.Model.Hardware;

namespace SimCluster.Model.Tests.Validation;

/// <summary>
/// docs/model.md §16.3 seed check: Llama 3.1 405B, 3.8e25 FLOP (Meta, reported) on 16,000 H100s at 1e15 FLOP/s,
/// MFU 0.4, 1.0 kW per GPU → 5,937,500 s (68.7 days) and 26.4 GWh.
/// </summary>
public sealed class LlamaEnergyTests
{
    [Fact]
    public void Training_time_is_5_937_500_seconds()
    {
        Assert.Equal(5_937_500, TrainingRunCost.Seconds(3.8e25, 16_000, 1e15, 0.4), 3);
        Assert.InRange(TrainingRunCost.Days(3.8e25, 16_000, 1e15, 0.4), 68.65, 68.75);
    }

    [Fact]
    public void Training_energy_is_26_4_GWh()
    {
        double kwh = TrainingRunCost.EnergyKwh(3.8e25, 1e15, 0.4, 1.0, 1.0);
        Assert.InRange(kwh / 1e6, 26.35, 26.45);
        // Same figure from the fleet integrated over the run: 16,000 GPUs × 1 kW × 5,937,500 s.
        var fleet = new Fleet(HardwareParameters.Default);
        fleet.Add(new GpuVintage(2024, 16_000, 1e15, 1.0));
        Assert.Equal(kwh, fleet.EnergyKwh(5_937_500 / 3600.0), kwh * 1e-12);
        Assert.Equal(3.8e25, fleet.DeliveredFlop(5_937_500), 3.8e25 * 1e-12);
    }
}
