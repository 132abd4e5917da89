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

    /// <summary>
    /// The calendar month a step ends in, as yyyy-MM: t = 2024 + 10/12 is the end of October 2024. "never" for null.
    /// </summary>
    public static string YearMonth(double? year) => SimCluster.Reports.Years.Label(year);

    /// <summary>The calendar month a date (a real model's release, a cut-off) falls in: 2025.0 is "2025-01". "-" for null.</summary>
    public static string Date(double? year) => year is { } t ? Model.World.CalendarMonth.OfDate(t) : "-";

    /// <summary>A sweep outcome in its unit: a date (unit "year") as its month, "never" for one not reached (NaN).</summary>
    public static string Outcome(double v, string unit) => double.IsNaN(v) ? "never" : unit == "year" ? YearMonth(v) : Sig(v);

    /// <summary>kWh as TWh with 3 significant figures.</summary>
    public static string Twh(double? kwh) => kwh is { } e ? Sig3(e / 1e9) : "-";

    /// <summary>USD as billions with 3 significant figures.</summary>
    public static string BillionUsd(double? usd) => usd is { } c ? Sig3(c / 1e9) : "-";

    /// <summary>A capability index K (ECI) to one decimal, enough to tell strategies apart; "-" for null (the run
    /// ended before the year asked about).</summary>
    public static string Eci(double? k) => k is { } v ? Fixed(v, 1) : "-";

    /// <summary>A span of years to one decimal (about a month); "-" for null (undefined).</summary>
    public static string Years(double? years) => years is { } y ? Fixed(y, 1) : "-";

    /// <summary>FLOP with 3 significant figures, always scientific: C_eq spans fifteen orders of magnitude over a run.</summary>
    public static string Flop(double flop) => flop.ToString("0.00e+00", CultureInfo.InvariantCulture);

    private static string Sig3(double v)
    {
        double a = Math.Abs(v);
        string format = a >= 1e5 ? "0.00e+00" : a >= 100 ? "F0" : a >= 1 ? "0.##" : "0.###";
        return v.ToString(format, CultureInfo.InvariantCulture);
    }
}
