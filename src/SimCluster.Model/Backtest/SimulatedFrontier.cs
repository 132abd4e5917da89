using SimCluster.Model.World;

namespace SimCluster.Model.Backtest;

/// <summary>
/// The simulated frontier over time: at each step the largest K and the largest GPQA over the labs. Real frontier
/// models are compared with the frontier, not with one lab, because no simulated lab stands for a real developer:
/// the question is whether the best model anyone has matches the best model the world had on that date.
/// </summary>
/// <remarks>
/// Between steps the frontier is a step function: a date reads the last step that ended on or before it, the model
/// in service then (a lab's K only changes when it releases a model). Dates are compared with a tolerance of
/// <see cref="Tolerance"/> years, far below a day, so that a step whose end is computed as 2024.4999999999998 still
/// counts as ending at 2024.5.
/// </remarks>
public sealed class SimulatedFrontier
{
    /// <summary>Tolerance when comparing decimal years: about 30 microseconds.</summary>
    public const double Tolerance = 1e-9;

    private readonly FrontierPoint[] _points;

    private SimulatedFrontier(FrontierPoint[] points)
    {
        if (points.Length == 0) throw new ArgumentException("a frontier needs at least one step", nameof(points));
        _points = points;
    }

    /// <summary>The frontier of <paramref name="rows"/> (every lab's rows of one run, any order).</summary>
    public static SimulatedFrontier Of(IEnumerable<TrajectoryRow> rows) => new(rows
        .GroupBy(r => r.Step)
        .OrderBy(g => g.Key)
        .Select(g => new FrontierPoint(g.First().Year, g.Max(r => r.CapabilityEci), g.Max(r => r.Gpqa)))
        .ToArray());

    /// <summary>The frontier at the end of each step, in time order.</summary>
    public IReadOnlyList<FrontierPoint> Points => _points;

    /// <summary>End of the first step: the earliest date the run says anything about.</summary>
    public double FirstYear => _points[0].Year;

    /// <summary>End of the last step.</summary>
    public double LastYear => _points[^1].Year;

    /// <summary>Whether <paramref name="year"/> lies in [<see cref="FirstYear"/>, <see cref="LastYear"/>].</summary>
    public bool Covers(double year) => year >= FirstYear - Tolerance && year <= LastYear + Tolerance;

    /// <summary>The frontier in service at <paramref name="year"/>: the last step ending on or before it; null before the first step.</summary>
    public FrontierPoint? At(double year)
    {
        // Binary search for the last point with Year <= year (+ tolerance).
        int lo = 0, hi = _points.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_points[mid].Year <= year + Tolerance) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found < 0 ? null : _points[found];
    }

    /// <summary>End of the first step at which the frontier's GPQA reaches <paramref name="threshold"/>; null if it never does.</summary>
    public double? FirstYearAtGpqa(double threshold) => _points.FirstOrDefault(p => p.Gpqa >= threshold)?.Year;
}
