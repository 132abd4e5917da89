using System.Globalization;

namespace SimCluster.Reports;

/// <summary>Decimal step-end years as calendar months: 2030.0 is the step ending December 2029.</summary>
public static class Years
{
    /// <summary>"2029-12" for 2030.0; "never" for null.</summary>
    public static string Label(double? year)
    {
        if (year is not { } t) return "never";
        long months = (long)Math.Round(t * 12) - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{months / 12}-{months % 12 + 1:00}");
    }
}
