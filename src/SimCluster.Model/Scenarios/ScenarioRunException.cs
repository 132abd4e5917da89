namespace SimCluster.Model.Scenarios;

/// <summary>
/// A scenario that cannot run as given although its file was valid: its run leaves the range the model can compute
/// in part way (a quantity overflows or stops being finite), or a sweep drew a value outside a parameter's range. It
/// is the scenario's fault, not the program's: commands report it as bad input (exit 2) naming the field that
/// drives the quantity, and a sweep fails at once naming the replicate.
/// </summary>
/// <param name="path">The scenario field to change, in the file's layout (e.g. <c>labs[0].budget.initial_usd_per_year</c>).</param>
/// <param name="year">The end of the step at which the run left the range.</param>
/// <param name="detail">What went out of range and what to do, e.g. "the yearly budget reached Infinity USD; lower it or its growth".</param>
public sealed class ScenarioRunException(string path, double year, string detail)
    : Exception($"{path}: {detail} (in {World.CalendarMonth.Label(year)})")
{
    /// <summary>The scenario field to change.</summary>
    public string Path { get; } = path;

    /// <summary>Simulated year at which the run left the range.</summary>
    public double Year { get; } = year;

    /// <summary>The month of <see cref="Year"/>, as every date prints (the step ending then).</summary>
    public string Month => World.CalendarMonth.Label(Year);

    /// <summary>What went out of range and what to do.</summary>
    public string Detail { get; } = detail;
}
