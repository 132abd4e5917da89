namespace SimCluster.Model.Hardware;

/// <summary>
/// A GPU fleet by vintage (docs/model.md §3): purchases at the year's price, retirement after a fixed life,
/// an optional site power cap, compute delivered and energy drawn per step.
/// Vintages are kept in purchase order, so every sum runs in the same order on every machine.
/// </summary>
public sealed class Fleet
{
    private readonly List<GpuVintage> _vintages = [];

    /// <summary>Creates an empty fleet.</summary>
    public Fleet(HardwareParameters hardware, double t0, double? powerCapMw = null)
    {
        if (powerCapMw is { } cap && !(cap > 0)) throw new ArgumentOutOfRangeException(nameof(powerCapMw), cap, "power cap must be > 0 MW");
        Hardware = hardware;
        T0 = t0;
        PowerCapMw = powerCapMw;
    }

    /// <summary>Hardware trends the fleet buys along.</summary>
    public HardwareParameters Hardware { get; }

    /// <summary>Scenario start year (the trends' t0).</summary>
    public double T0 { get; }

    /// <summary>Site power cap in MW (facility power, i.e. including PUE); null for none.</summary>
    public double? PowerCapMw { get; }

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
    /// Spends <paramref name="capexUsd"/> on GPUs of <paramref name="year"/>'s vintage. Purchases that
    /// would take the site over its power cap are not made (Epoch 2024: power binds). Returns the USD spent.
    /// </summary>
    public double Purchase(double year, double capexUsd)
    {
        if (!(capexUsd >= 0) || double.IsInfinity(capexUsd)) throw new ArgumentOutOfRangeException(nameof(capexUsd), capexUsd, "capex must be finite and >= 0");
        if (capexUsd == 0) return 0;
        double price = HardwareTrends.GpuPriceUsd(Hardware, T0, year);
        double powerKw = HardwareTrends.PowerPerGpuKw(Hardware, T0, year);
        double count = capexUsd / price;
        if (PowerCapMw is { } cap)
        {
            double headroomKw = Math.Max(0, cap * 1000.0 - PowerMw * 1000.0) / Hardware.Pue;
            count = Math.Min(count, headroomKw / powerKw);
        }
        if (count <= 0) return 0;
        _vintages.Add(new GpuVintage(year, count, HardwareTrends.PeakFlopsPerGpu(Hardware, T0, year), powerKw));
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
