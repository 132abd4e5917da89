using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace SimCluster.Reports;

/// <summary>
/// Axes a reader can trust: years as years (2030, not 2,030 or 2.03e3), quantities spanning decades on log scales
/// labelled as powers of ten, and a unit in every label. ScottPlot has no log axis as such: values are plotted as
/// log10 and the ticks are labelled 10ⁿ, with log-spaced minor ticks.
/// </summary>
public static class Axes
{
    /// <summary>Bottom axis of calendar years.</summary>
    public static void Years(Plot plot, string label = "Year")
    {
        plot.Axes.Bottom.Label.Text = label;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = y => y.ToString("0", CultureInfo.InvariantCulture), IntegerTicksOnly = true };
    }

    /// <summary>Ticks at step ends, labelled as months (2029-08), every 1, 2, 3, 6, 12, 24 or 60 months so that at most
    /// eight span the finite <paramref name="dates"/>: dates months apart (a tornado of a milestone's date, a grid's
    /// medians) would get no whole-year tick, and ticks between step ends would repeat a month.</summary>
    public static void Months(IAxis axis, IEnumerable<double> dates)
    {
        var finite = dates.Where(double.IsFinite).ToArray();
        if (finite.Length == 0) return;
        double from = finite.Min(), to = finite.Max();
        long first = (long)Math.Floor(from * 12), last = (long)Math.Ceiling(to * 12);
        int step = new[] { 1, 2, 3, 6, 12, 24, 60 }.FirstOrDefault(s => (last - first) / s <= 8, 120);
        var ends = new List<double>();
        for (long m = (long)Math.Ceiling((double)first / step) * step; m <= last; m += step) ends.Add(m / 12.0);
        axis.SetTicks([.. ends], [.. ends.Select(t => Reports.Years.Label(t))]);
    }

    /// <summary>A linear axis with its unit.</summary>
    public static void Linear(IAxis axis, string label) => axis.Label.Text = label;

    /// <summary>A log10 axis with its unit: values must already be log10.</summary>
    public static void Log10(IAxis axis, string label)
    {
        axis.Label.Text = label;
        axis.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            MinorTickGenerator = new LogMinorTickGenerator(),
            LabelFormatter = PowerOfTen,
        };
    }

    /// <summary>log10 of each value; non-positive values become NaN (not drawn).</summary>
    public static double[] Log(IEnumerable<double> values) => values.Select(v => v > 0 ? Math.Log10(v) : double.NaN).ToArray();

    /// <summary>"10²⁸" for 28.</summary>
    public static string PowerOfTen(double exponent)
    {
        const string superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        long e = (long)Math.Round(exponent);
        string digits = Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        return "10" + (e < 0 ? "⁻" : "") + string.Concat(digits.Select(d => superscripts[d - '0']));
    }
}
