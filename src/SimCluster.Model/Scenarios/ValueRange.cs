using System.Globalization;

namespace SimCluster.Model.Scenarios;

/// <summary>
/// The values a scenario field allows: an interval, open or closed at each end, with what the number is, so the
/// check and the message that explains it cannot disagree ("a number of GPUs in [0, 1e12]").
/// </summary>
/// <param name="What">What the number is, e.g. "a number of GPUs" or "a fraction".</param>
/// <param name="Min">Lower end.</param>
/// <param name="Max">Upper end; +∞ only where infinity means something (no algorithmic progress).</param>
/// <param name="MinOpen">Whether <paramref name="Min"/> itself is excluded.</param>
/// <param name="MaxOpen">Whether <paramref name="Max"/> itself is excluded.</param>
/// <param name="Note">Said after the interval, e.g. "(.inf for no progress)".</param>
public sealed record ValueRange(string What, double Min, double Max, bool MinOpen = false, bool MaxOpen = false, string? Note = null)
{
    /// <summary>Whether <paramref name="x"/> is allowed (never NaN).</summary>
    public bool Contains(double x) => (MinOpen ? x > Min : x >= Min) && (MaxOpen ? x < Max : x <= Max);

    /// <summary>The interval as written in messages and the README: <c>(0, 1e15]</c>.</summary>
    public string Interval => $"{(MinOpen ? "(" : "[")}{Bound(Min)}, {Bound(Max)}{(MaxOpen ? ")" : "]")}";

    /// <summary>"a number of GPUs in [0, 1e12]", with the note if any.</summary>
    public override string ToString() => Note is null ? $"{What} in {Interval}" : $"{What} in {Interval} {Note}";

    // Bounds are round numbers chosen by hand, so powers of ten read best as 1e12.
    private static string Bound(double x) =>
        double.IsPositiveInfinity(x) ? ".inf" :
        x != 0 && (Math.Abs(x) >= 1e5 || Math.Abs(x) < 1e-3) ? x.ToString("0.###e0", CultureInfo.InvariantCulture) :
        x.ToString("R", CultureInfo.InvariantCulture);
}
