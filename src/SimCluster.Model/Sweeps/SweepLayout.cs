using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Sweeps;

/// <summary>
/// The shape of a sweep's per-replicate record: labs (name order) × band metrics × calendar years. A replicate's
/// values are one flat array in that order, so batches can ship them as contiguous arrays indexed by lane.
/// A year's value is the lab's row at the end of that year (the step whose end time is the whole year).
/// </summary>
public sealed class SweepLayout
{
    /// <summary>The layout of <paramref name="spec"/>'s sweeps.</summary>
    public SweepLayout(ScenarioSpec spec)
    {
        Labs = spec.Labs.Select(l => l.Name).Order(StringComparer.Ordinal).ToArray();
        int first = (int)Math.Ceiling(spec.StartYear + 1e-9), last = (int)Math.Floor(spec.EndYear + 1e-9);
        Years = Enumerable.Range(first, Math.Max(0, last - first + 1)).ToArray();
    }

    /// <summary>Lab names in ordinal order.</summary>
    public IReadOnlyList<string> Labs { get; }

    /// <summary>Calendar years with a value (the first full year after the start up to the end).</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Metrics kept.</summary>
    public IReadOnlyList<BandMetric> Metrics => BandMetric.All;

    /// <summary>Values per replicate.</summary>
    public int Size => Labs.Count * Metrics.Count * Years.Count;

    /// <summary>Index of (lab, metric, year) in a replicate's values.</summary>
    public int Index(int lab, int metric, int year) => (lab * Metrics.Count + metric) * Years.Count + year;

    /// <summary>The index of calendar year <paramref name="t"/> when t is (within rounding) a whole year in range; else -1.</summary>
    public int YearIndex(double t)
    {
        double r = Math.Round(t);
        if (Math.Abs(t - r) > 1e-6) return -1;
        int i = (int)r - (Years.Count > 0 ? Years[0] : 0);
        return i >= 0 && i < Years.Count ? i : -1;
    }
}
