using SimCluster.Scenarios;
using SimCluster.Scenarios.Overrides;

namespace SimCluster.Cli.Runs;

/// <summary>
/// The cells of a grid sweep: every combination of the grid's values, each loaded as the file with those values (and
/// every --set) in place, so each value gets the checks the same value in the file would. All are checked before any
/// cell runs: a bad value fails the command at once with nothing written.
/// </summary>
public static class GridPlan
{
    /// <summary>The most cells a grid may have: each is a sweep of its own.</summary>
    public const int MaxCells = 1000;

    /// <summary>The cells, in run order; <paramref name="sweep"/> plans a cell's Monte Carlo sweep (or null when it has nothing uncertain).</summary>
    public static IReadOnlyList<GridCell> Cells(string file, IReadOnlyList<GridAxis> axes, IReadOnlyList<ScenarioOverride> sets, ulong? seed,
        Func<LoadedScenario, SweepJob?> sweep)
    {
        long count = 1;
        foreach (var axis in axes)
            if ((count *= axis.Values.Count) > MaxCells)
                throw new UsageException($"--grid: {string.Join(" x ", axes.Select(a => a.Values.Count))} makes more than {MaxCells:N0} cells; " +
                    "give fewer values (each cell is a sweep of its own)");
        if (sets.FirstOrDefault(s => axes.Any(a => a.Key == s.Key)) is { } both)
            throw new UsageException($"{both.Key} is given by both --set and --grid; give it one or the other");

        int width = Math.Max(2, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var cells = new List<GridCell>();
        var errors = new List<ScenarioError>();
        var index = new int[axes.Count];
        for (int n = 1; n <= count; n++)
        {
            var overrides = sets.Concat(axes.Select((a, i) => a.Override(index[i]))).ToArray();
            try
            {
                var loaded = ScenarioFile.Load(file, seed, overrides);
                var values = axes.Select((a, i) => (a.Key, a.Values[index[i]])).ToArray();
                cells.Add(new GridCell(n, values, loaded, sweep(loaded), $"cell-{n.ToString($"D{width}", System.Globalization.CultureInfo.InvariantCulture)}"));
            }
            catch (ScenarioFileException e)
            {
                // A bad value is bad in every cell it is in: say it once.
                errors.AddRange(e.Errors.Where(x => !errors.Any(y => y.ToString() == x.ToString())));
            }
            Next(index, axes);
        }
        if (errors.Count > 0) throw new ScenarioFileException(errors);
        return cells;
    }

    // The next combination, the last axis fastest (an odometer).
    private static void Next(int[] index, IReadOnlyList<GridAxis> axes)
    {
        for (int i = axes.Count - 1; i >= 0; i--)
        {
            if (++index[i] < axes[i].Values.Count) return;
            index[i] = 0;
        }
    }
}
