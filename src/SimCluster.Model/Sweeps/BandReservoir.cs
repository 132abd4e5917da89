namespace SimCluster.Model.Sweeps;

/// <summary>
/// The replicates a Monte Carlo sweep's percentile bands are computed from: replicates 0 … K − 1, whose band values it
/// keeps, so the bands are exact percentiles (<see cref="Percentiles"/>) of those K replicates. Replicate numbers
/// index independent draws, so the first K are an unbiased sample of any larger sweep, and K is capped so the values
/// kept never exceed <see cref="ValueBudget"/> whatever the sweep's size: past 10,000 replicates, a band's percentiles
/// move by far less than its width (the standard error of a 5th percentile at K = 10,000 is about 2% of a standard
/// deviation), while milestones, per-replicate files and sensitivity use every replicate.
/// </summary>
public sealed class BandReservoir
{
    /// <summary>Band replicates kept at most.</summary>
    public const int MaxReplicates = 10_000;

    /// <summary>Band replicates kept at least (when the sweep has that many), however many band cells there are.</summary>
    public const int MinReplicates = 100;

    /// <summary>Band values kept at most unless <see cref="MinReplicates"/> needs more (16 million doubles, 128 MB).</summary>
    public const long ValueBudget = 16_000_000;

    private readonly double[]?[] _values;

    /// <summary>A reservoir for <paramref name="layout"/>'s bands of a sweep of <paramref name="replicates"/> replicates.</summary>
    public BandReservoir(SweepLayout layout, long replicates)
    {
        Layout = layout;
        _values = new double[SizeFor(layout, replicates)][];
    }

    /// <summary>K: the replicates the bands of a <paramref name="replicates"/>-replicate sweep come from.</summary>
    public static int SizeFor(SweepLayout layout, long replicates) =>
        (int)Math.Min(replicates, Math.Min(MaxReplicates, Math.Max(MinReplicates, ValueBudget / Math.Max(1, layout.Size))));

    /// <summary>The band layout.</summary>
    public SweepLayout Layout { get; }

    /// <summary>K.</summary>
    public int Size => _values.Length;

    /// <summary>Whether <paramref name="replicate"/>'s band values belong in the reservoir.</summary>
    public bool Wants(long replicate) => replicate >= 0 && replicate < _values.Length;

    /// <summary>Whether <paramref name="replicate"/>'s band values are in.</summary>
    public bool Has(long replicate) => Wants(replicate) && _values[replicate] is not null;

    /// <summary>Whether every replicate the bands need is in.</summary>
    public bool Complete => _values.All(v => v is not null);

    /// <summary>Keeps <paramref name="replicate"/>'s band values (a replicate added again replaces its identical re-run).</summary>
    public void Add(long replicate, double[] values)
    {
        if (!Wants(replicate)) throw new ArgumentOutOfRangeException(nameof(replicate), replicate, $"the bands keep replicates 0-{_values.Length - 1}");
        if (values.Length != Layout.Size) throw new ArgumentException($"replicate {replicate} has {values.Length} band values; the layout has {Layout.Size}", nameof(values));
        _values[replicate] = values;
    }

    /// <summary>Frees the kept values once the bands are built.</summary>
    public void Clear() => Array.Clear(_values);

    /// <summary>The bands: one row per lab, metric and year with a value, in that order.</summary>
    public IReadOnlyList<BandRow> Build()
    {
        if (!Complete) throw new InvalidOperationException($"the bands need replicates 0-{_values.Length - 1}; {_values.Count(v => v is null)} are missing");
        var layout = Layout;
        var cells = new BandRow?[layout.Size];
        // Each (lab, metric) sorts its years' columns on its own thread into fixed slots: the order threads finish in
        // cannot change the result.
        Parallel.For(0, layout.Labs.Count * layout.Metrics.Count, () => new double[_values.Length], (labMetric, _, column) =>
        {
            int lab = labMetric / layout.Metrics.Count, m = labMetric % layout.Metrics.Count;
            for (int y = 0; y < layout.Years.Count; y++)
            {
                int index = layout.Index(lab, m, y);
                for (int r = 0; r < column.Length; r++) column[r] = _values[r]![index];
                if (Percentiles.Of(column) is { } p)
                    cells[index] = new BandRow(layout.Labs[lab], layout.Metrics[m].Name, layout.Years[y], p.Count, p.P5, p.P25, p.P50, p.P75, p.P95);
            }
            return column;
        }, _ => { });
        return cells.Where(c => c is not null).Select(c => c!).ToArray();
    }
}
