using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Sweeps;
using SimCluster.Model.Tests.World;
using SimCluster.Model.World;

namespace SimCluster.Reports.Tests;

public sealed class ChartTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("simcluster-charts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void AssertRendered(Chart chart)
    {
        string png = Path.Combine(_dir, chart.Name + ".png"), svg = Path.Combine(_dir, chart.Name + ".svg");
        chart.SavePng(png);
        chart.SaveSvg(svg);
        ImageChecks.AssertPngNotBlank(png, Chart.Width, Chart.Height);
        ImageChecks.AssertSvgNotBlank(svg);
    }

    [Fact]
    public void Every_run_chart_renders_as_a_valid_non_blank_png_and_svg()
    {
        var spec = TestWorlds.FourLabs(2040);
        var rows = WorldRun.RunAll(spec).Labs;
        var charts = RunCharts.Build(LabSeries.From(rows, RunSummary.From(spec, rows)));
        Assert.Equal(["capability", "chinchilla-equivalent", "gpqa", "loss", "data", "energy", "gpqa-vs-energy", "compute-by-use-1", "compute-by-use-2", "compute-by-use-3", "compute-by-use-4"], charts.Select(c => c.Name));
        foreach (var c in charts) AssertRendered(c);
    }

    [Fact]
    public void Sweep_fans_histogram_and_tornado_render()
    {
        var spec = TestWorlds.FourLabs(2034) with { Uncertain = [new("sources.public-web-text.initial_stock_tokens", LogNormalDistribution.FromMedianAndP90(3e14, 1e15, 1e14, 1e15))] };
        var acc = new SweepAccumulator(spec, 16);
        acc.Add(new MonteCarloDesign(spec, 16).Tasks().Select(t => ReplicateRunner.Run(spec, acc.Layout, t)));
        foreach (var c in SweepCharts.Build(acc.Build())) AssertRendered(c);

        var outcome = SweepOutcome.Parse("gpqa@2030", acc.Layout, out _)!;
        var oat = new OneAtATime(spec).Tasks().Select(t => ReplicateRecord.Of(ReplicateRunner.Run(spec, acc.Layout, t), outcome)).ToArray();
        var tornado = OneAtATime.Tornado(spec, acc.Layout.Labs, oat);
        var charts = SweepCharts.Tornado(tornado, "gpqa@2030", "%");
        Assert.Equal(4, charts.Count);
        AssertRendered(charts[0]);
    }

    [Fact]
    public void A_grid_chart_of_dates_months_apart_labels_its_ticks_as_months()
    {
        var cells = new[] { 2029.25, 2029.5, 2029.75 }.Select((y, i) => ($"cell-0{i + 1}", (IReadOnlyList<(string, double?)>)[("lab-a", y)])).ToArray();
        var chart = Assert.Single(GridCharts.Build(["sources.public-web-text.initial_stock_tokens"], cells));
        string svg = Path.Combine(_dir, "grid.svg");
        chart.SaveSvg(svg);
        var labels = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(svg), @">\s*(20\d\d[^<\s]*)\s*<").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(["2029-03", "2029-04", "2029-05", "2029-06", "2029-07", "2029-08", "2029-09"], labels); // a month each, once
    }

    [Theory]
    [InlineData(28, "10²⁸")]
    [InlineData(0, "10⁰")]
    [InlineData(-3, "10⁻³")]
    public void Log_axes_label_powers_of_ten(double exponent, string label) => Assert.Equal(label, Axes.PowerOfTen(exponent));

    [Fact]
    public void Years_read_as_calendar_months() => Assert.Equal(("2029-12", "2030-01", "never"), (Years.Label(2030.0), Years.Label(2030 + 1 / 12.0), Years.Label(null)));
}
