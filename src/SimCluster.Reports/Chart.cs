using ScottPlot;

namespace SimCluster.Reports;

/// <summary>A rendered chart: its file stem, title, and the ScottPlot plot ready to save.</summary>
/// <param name="Name">File stem, e.g. "gpqa".</param>
/// <param name="Title">What a reader sees above it.</param>
/// <param name="Plot">The plot.</param>
public sealed record Chart(string Name, string Title, Plot Plot)
{
    /// <summary>Size every chart is drawn at: readable on a laptop screen and on A4.</summary>
    public const int Width = 960, Height = 540;

    /// <summary>Writes the chart as PNG to <paramref name="path"/>.</summary>
    public void SavePng(string path) => Plot.SavePng(path, Width, Height);

    /// <summary>Writes the chart as SVG to <paramref name="path"/>.</summary>
    public void SaveSvg(string path) => Plot.SaveSvg(path, Width, Height);

    /// <summary>The chart as inline SVG markup, for the self-contained HTML report.</summary>
    public string Svg() => Plot.GetSvgXml(Width, Height);
}
