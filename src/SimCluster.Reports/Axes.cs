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
    public static void Years(Plot plot, string label = "Year") => Years(plot.Axes.Bottom, label);

    /// <summary>An axis of calendar years, ticked at whole years (never 2029.5).</summary>
    public static void Years(IAxis axis, string label)
    {
        axis.Label.Text = label;
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = y => y.ToString("0", CultureInfo.InvariantCulture), IntegerTicksOnly = true };
    }

    /// <summary>Ticks labelled as the months they fall in (2029-08), for an axis spanning months rather than years (a
    /// tornado of a milestone's date), where whole-year ticks would leave it bare.</summary>
    public static void Months(IAxis axis) => axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => Reports.Years.Label(v) };

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
