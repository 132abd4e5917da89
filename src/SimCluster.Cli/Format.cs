using System.Globalization;

namespace SimCluster.Cli;

/// <summary>Number formatting for people: invariant culture, scientific for very large or small values.</summary>
public static class Format
{
    /// <summary>4 significant figures, scientific outside [1e-3, 1e6).</summary>
    public static string Sig(double v)
    {
        double a = Math.Abs(v);
        return a != 0 && (a >= 1e6 || a < 1e-3)
            ? v.ToString("0.000e+00", CultureInfo.InvariantCulture)
            : v.ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>Fixed decimals.</summary>
    public static string Fixed(double v, int decimals) => v.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
