using ScottPlot;

namespace SimCluster.Reports;

/// <summary>The chart of a grid sweep: when each lab reaches GPQA 80 in each cell, so the cells can be compared at a glance.</summary>
public static class GridCharts
{
    /// <summary>
    /// One chart: a point per cell and lab at the median year of GPQA 80 (none where the median replicate never reaches
    /// it), cells along the bottom in run order. <paramref name="keys"/> name the grid parameters for the caption.
    /// </summary>
    public static IReadOnlyList<Chart> Build(IReadOnlyList<string> keys, IReadOnlyList<(string Cell, IReadOnlyList<(string Lab, double? Year)> Labs)> cells)
    {
        const string title = "Median year each lab reaches GPQA 80, per cell of the grid";
        var plot = Style.New(title);
        var labs = cells.SelectMany(c => c.Labs.Select(l => l.Lab)).Distinct().ToArray();
        for (int i = 0; i < labs.Length; i++)
        {
            var points = cells.Select((c, x) => (X: (double)x, Y: c.Labs.FirstOrDefault(l => l.Lab == labs[i]).Year)).Where(p => p.Y is not null).ToArray();
            var scatter = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y!.Value).ToArray());
            scatter.Color = Style.Series(i);
            scatter.LineWidth = 0; // cells are combinations, not a continuum: no line between them
            scatter.MarkerSize = 8;
            scatter.LegendText = labs[i];
        }
        plot.Axes.Bottom.SetTicks(cells.Select((_, x) => (double)x).ToArray(), cells.Select(c => c.Cell).ToArray());
        plot.Axes.Bottom.Label.Text = $"Cell of the grid over {keys.Count} parameter(s) (values in the table)";
        // Cells often differ by months, not years: whole-year ticks could leave the axis bare.
        Axes.Linear(plot.Axes.Left, "Month of GPQA 80 (median)");
        Axes.Months(plot.Axes.Left, cells.SelectMany(c => c.Labs.Select(l => l.Year)).OfType<double>());
        Style.Legend(plot, Alignment.UpperRight);
        return [new Chart("grid-gpqa80", title, plot)];
    }
}
