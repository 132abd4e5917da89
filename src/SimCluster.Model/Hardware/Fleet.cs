namespace SimCluster.Model.Hardware;

/// <summary>
/// A GPU fleet by vintage (docs/model.md §3): purchases at the year's price within a power limit the cluster sets,
/// retirement after a fixed life, compute delivered and energy drawn per step.
/// Vintages are kept in purchase order, so every sum runs in the same order on every machine.
/// </summary>
public sealed class Fleet
{
    private readonly List<GpuVintage> _vintages = [];

    /// <summary>Creates an empty fleet.</summary>
    public Fleet(HardwareParameters hardware) => Hardware = hardware;

    /// <summary>Hardware trends the fleet buys along.</summary>
    public HardwareParameters Hardware { get; }

    /// <summary>The vintages in service, oldest first.</summary>
    public IReadOnlyList<GpuVintage> Vintages => _vintages;

    /// <summary>GPUs in service.</summary>
    public double Gpus
    {
        get { double n = 0; foreach (var v in _vintages) n += v.Count; return n; }
    }

    /// <summary>Facility power drawn by the fleet running flat out, in MW.</summary>
    public double PowerMw
    {
        get
        {
            double kw = 0;
            foreach (var v in _vintages) kw += v.Count * v.PowerKwPerGpu;
            return kw * Hardware.Pue / 1000.0;
        }
    }

    /// <summary>Removes vintages older than the retirement age at <paramref name="year"/>.</summary>
    public void Retire(double year)
    {
        // Vintages are in purchase order, so the old ones are at the front.
        int old = 0;
        while (old < _vintages.Count && year - _vintages[old].PurchaseYear >= Hardware.RetirementYears - 1e-9) old++;
        if (old > 0) _vintages.RemoveRange(0, old);
    }

    /// <summary>
    /// Spends up to <paramref name="capexUsd"/> on deployed GPUs of <paramref name="year"/>'s vintage, buying no more than
    /// keeps the fleet's facility power within <paramref name="maxPowerMw"/> (the cluster's growth limits). Returns the USD spent.
    /// </summary>
    public double Purchase(double year, double capexUsd, double maxPowerMw = double.PositiveInfinity)
    {
        if (!(capexUsd >= 0) || double.IsInfinity(capexUsd)) throw new ArgumentOutOfRangeException(nameof(capexUsd), capexUsd, "capex must be finite and >= 0");
        if (capexUsd == 0) return 0;
        double price = HardwareTrends.DeployedPriceUsd(Hardware, year);
        double powerKw = HardwareTrends.PowerPerGpuKw(Hardware, year);
        double count = capexUsd / price;
        if (!double.IsPositiveInfinity(maxPowerMw))
            count = Math.Min(count, Math.Max(0, maxPowerMw - PowerMw) * 1000.0 / Hardware.Pue / powerKw);
        if (count <= 0) return 0;
        _vintages.Add(new GpuVintage(year, count, HardwareTrends.PeakFlopsPerGpu(Hardware, year), powerKw));
        return count * price;
    }

    /// <summary>Adds GPUs directly (a scenario's initial fleet).</summary>
    public void Add(GpuVintage vintage) => _vintages.Add(vintage);

    /// <summary>FLOP delivered in a step of <paramref name="seconds"/>: Σ n·f·MFU·Δs.</summary>
    public double DeliveredFlop(double seconds)
    {
        double flops = 0;
        foreach (var v in _vintages) flops += v.Count * v.PeakFlopsPerGpu;
        return flops * Hardware.Mfu * seconds;
    }

    /// <summary>Energy in kWh drawn in a step of <paramref name="hours"/>: Σ n·p·PUE·Δh (the fleet runs around the clock).</summary>
    public double EnergyKwh(double hours) => PowerMw * 1000.0 * hours;
}
