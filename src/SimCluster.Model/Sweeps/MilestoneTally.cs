namespace SimCluster.Model.Sweeps;

/// <summary>
/// When one lab met one milestone across replicates, exactly: each distinct year (a step's end time) with how many
/// replicates met it then, and how many never did. Years are ascending; two tallies merge by adding counts, so a
/// sweep's tally is the same whichever batches were merged first.
/// </summary>
/// <param name="Years">Distinct years, ascending.</param>
/// <param name="Counts">Replicates per year.</param>
/// <param name="Never">Replicates that never met the milestone within the run.</param>
public sealed record MilestoneTally(double[] Years, long[] Counts, long Never)
{
    /// <summary>No replicate yet.</summary>
    public static MilestoneTally Empty { get; } = new([], [], 0);

    /// <summary>Replicates counted.</summary>
    public long Replicates => Never + Counts.Sum();

    /// <summary>The tally of <paramref name="years"/> (null: never), one per replicate.</summary>
    public static MilestoneTally Of(IEnumerable<double?> years)
    {
        var byYear = new SortedDictionary<double, long>();
        long never = 0;
        foreach (var y in years)
        {
            if (y is not { } year) never++;
            else byYear[year] = byYear.GetValueOrDefault(year) + 1;
        }
        return new MilestoneTally([.. byYear.Keys], [.. byYear.Values], never);
    }

    /// <summary>This tally and <paramref name="other"/> together.</summary>
    public MilestoneTally Merge(MilestoneTally other)
    {
        var years = new List<double>(Years.Length + other.Years.Length);
        var counts = new List<long>(years.Capacity);
        int i = 0, j = 0;
        while (i < Years.Length || j < other.Years.Length)
        {
            if (j == other.Years.Length || (i < Years.Length && Years[i] < other.Years[j])) Add(Years[i], Counts[i++]);
            else if (i == Years.Length || other.Years[j] < Years[i]) Add(other.Years[j], other.Counts[j++]);
            else Add(Years[i], Counts[i++] + other.Counts[j++]);
        }
        return new MilestoneTally([.. years], [.. counts], Never + other.Never);

        void Add(double year, long count)
        {
            years.Add(year);
            counts.Add(count);
        }
    }
}
