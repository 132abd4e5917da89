namespace SimCluster.Reports;

/// <summary>Decimal step-end years as calendar months: 2030.0 is the step ending December 2029.</summary>
public static class Years
{
    /// <summary>"2029-12" for 2030.0; "never" for null.</summary>
    public static string Label(double? year) => Model.World.CalendarMonth.Label(year);
}
