using SimCluster.Model.World;

namespace SimCluster.Model.Sweeps;

/// <summary>
/// A sweep's milestones, exactly and in little space: a <see cref="MilestoneTally"/> per lab (name order) and
/// <see cref="MilestoneKind"/>. It grows with the distinct years milestones fall in, not with replicates, and merges
/// by adding counts, so batches can be folded in any order.
/// </summary>
/// <param name="Replicates">Replicates counted.</param>
/// <param name="Tallies">Tally of lab l and kind k at index l·kinds + k.</param>
public sealed record MilestoneCounts(long Replicates, MilestoneTally[] Tallies)
{
    /// <summary>No replicate yet, for <paramref name="labs"/> labs.</summary>
    public static MilestoneCounts Empty(int labs) => new(0, Enumerable.Repeat(MilestoneTally.Empty, labs * MilestoneKind.All.Count).ToArray());

    /// <summary>The counts of replicates given by their per-lab summaries (lab-name order).</summary>
    public static MilestoneCounts Of(int labs, IReadOnlyList<IReadOnlyList<LabSummary>> replicates)
    {
        var kinds = MilestoneKind.All;
        var tallies = new MilestoneTally[labs * kinds.Count];
        for (int lab = 0; lab < labs; lab++)
            for (int k = 0; k < kinds.Count; k++)
                tallies[lab * kinds.Count + k] = MilestoneTally.Of(replicates.Select(r => kinds[k].Year(r[lab])));
        return new MilestoneCounts(replicates.Count, tallies);
    }

    /// <summary>These counts and <paramref name="other"/>'s together.</summary>
    public MilestoneCounts Merge(MilestoneCounts other)
    {
        if (other.Tallies.Length != Tallies.Length) throw new ArgumentException($"{other.Tallies.Length} tallies; these counts have {Tallies.Length}", nameof(other));
        return new MilestoneCounts(Replicates + other.Replicates, Tallies.Zip(other.Tallies, (a, b) => a.Merge(b)).ToArray());
    }

    /// <summary>Percentiles of each lab's milestone years, and the histogram of calendar years, in lab then kind order.</summary>
    public (IReadOnlyList<MilestoneDistribution> Distributions, IReadOnlyList<MilestoneHistogramRow> Histogram) Summarize(IReadOnlyList<string> labs)
    {
        var kinds = MilestoneKind.All;
        var distributions = new List<MilestoneDistribution>();
        var histogram = new List<MilestoneHistogramRow>();
        for (int lab = 0; lab < labs.Count; lab++)
            for (int k = 0; k < kinds.Count; k++)
            {
                var t = Tallies[lab * kinds.Count + k];
                distributions.Add(new MilestoneDistribution(labs[lab], kinds[k].Name, Replicates, t.Never, Percentiles.OfCounts(t.Years, t.Counts)));
                foreach (var year in t.Years.Zip(t.Counts).GroupBy(x => CalendarYear(x.First)).OrderBy(g => g.Key))
                    histogram.Add(new MilestoneHistogramRow(labs[lab], kinds[k].Name, year.Key, year.Sum(x => x.Second)));
                if (t.Never > 0) histogram.Add(new MilestoneHistogramRow(labs[lab], kinds[k].Name, null, t.Never));
            }
        return (distributions, histogram);
    }

    /// <summary>The calendar year a step ending at <paramref name="t"/> falls in (a step ending 2031.0 is December 2030).</summary>
    public static int CalendarYear(double t) => (int)Math.Floor(t - 1e-9);
}
