using System.Globalization;

namespace SimCluster.Model.World;

/// <summary>Decimal step-end years as calendar months, the one way dates print everywhere: 2030.0 is the step
/// ending December 2029, "2029-12".</summary>
public static class CalendarMonth
{
    /// <summary>"2029-12" for 2030.0; "never" for null.</summary>
    public static string Label(double? year)
    {
        if (year is not { } t) return "never";
        long months = (long)Math.Round(t * 12) - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{months / 12}-{months % 12 + 1:00}");
    }
}
