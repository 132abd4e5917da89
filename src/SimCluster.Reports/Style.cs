using ScottPlot;

namespace SimCluster.Reports;

/// <summary>The look every chart shares, and a fixed colour per series index so a lab keeps its colour across charts.</summary>
public static class Style
{
    private static readonly Color[] Colors = new ScottPlot.Palettes.Category10().Colors;

    /// <summary>The colour of series <paramref name="index"/>.</summary>
    public static Color Series(int index) => Colors[index % Colors.Length];

    /// <summary>A new plot with the title set and the house style applied.</summary>
    public static Plot New(string title)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.Title.Label.FontSize = 18;
        plot.Axes.Bottom.Label.FontSize = 14;
        plot.Axes.Left.Label.FontSize = 14;
        plot.Legend.FontSize = 12;
        return plot;
    }

    /// <summary>Shows the legend where it least often covers data.</summary>
    public static void Legend(Plot plot, Alignment where = Alignment.UpperLeft)
    {
        plot.ShowLegend(where);
    }
}
