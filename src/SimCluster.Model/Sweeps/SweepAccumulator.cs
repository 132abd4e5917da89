using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Sweeps;

/// <summary>
/// A Monte Carlo sweep's summary on one machine: milestone counts over every replicate and bands from the first
/// ones (<see cref="BandReservoir"/>), the same pieces the cluster's sweep grain keeps, so a plain loop and the grains
/// give the same summary. Replicates may arrive in any order; each must arrive once.
/// </summary>
public sealed class SweepAccumulator
{
    private readonly BandReservoir _bands;
    private readonly List<ReplicateOutcome> _pending = [];
    private MilestoneCounts _milestones;

    /// <summary>An accumulator for a <paramref name="replicates"/>-replicate sweep of <paramref name="spec"/>.</summary>
    public SweepAccumulator(ScenarioSpec spec, long replicates)
    {
        Layout = new SweepLayout(spec);
        _bands = new BandReservoir(Layout, replicates);
        _milestones = MilestoneCounts.Empty(Layout.Labs.Count);
    }

    /// <summary>The band layout.</summary>
    public SweepLayout Layout { get; }

    /// <summary>Replicates added.</summary>
    public long Count => _milestones.Replicates + _pending.Count;

    /// <summary>Adds replicates.</summary>
    public void Add(IEnumerable<ReplicateOutcome> outcomes)
    {
        foreach (var o in outcomes)
        {
            if (_bands.Wants(o.Replicate)) _bands.Add(o.Replicate, o.BandValues);
            _pending.Add(o);
            if (_pending.Count >= 256) Flush();
        }
    }

    /// <summary>The summary of every replicate added.</summary>
    public SweepSummary Build()
    {
        Flush();
        var (milestones, histogram) = _milestones.Summarize(Layout.Labs);
        return new SweepSummary(_milestones.Replicates, _bands.Size, _bands.Build(), milestones, histogram);
    }

    private void Flush()
    {
        _milestones = _milestones.Merge(MilestoneCounts.Of(Layout.Labs.Count, _pending.Select(p => p.Labs).ToArray()));
        _pending.Clear();
    }
}
