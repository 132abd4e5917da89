using System.Globalization;

namespace SimCluster.Model.World;

/// <summary>Decimal years as calendar months, the one way dates print everywhere. A simulated year is a step's end
/// (2030.0 is the step ending December 2029, "2029-12"); a real model's release year is a date (2030.0 is 1 January
/// 2030, "2030-01").</summary>
public static class CalendarMonth
{
    /// <summary>Tolerance on decimal years, far below a day: a date computed as 2024.4999999999998 is still July.</summary>
    private const double Tolerance = 1e-9;

    /// <summary>The month a date falls in: "2023-02" for 2023.146, "2025-01" for 2025.0.</summary>
    public static string OfDate(double year) => Format((long)Math.Floor(year * 12 + Tolerance));

    private static string Format(long months) => string.Create(CultureInfo.InvariantCulture, $"{months / 12}-{months % 12 + 1:00}");

    /// <summary>"2029-12" for 2030.0; "never" for null.</summary>
    public static string Label(double? year)
    {
        if (year is not { } t) return "never";
        return Format((long)Math.Round(t * 12) - 1);
    }
}
