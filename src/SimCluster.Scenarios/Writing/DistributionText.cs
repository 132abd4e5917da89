using System.Globalization;
using SimCluster.Model.Randomness;

namespace SimCluster.Scenarios.Writing;

/// <summary>
/// A distribution as the one-line flow map the reader takes in place of a number
/// (<c>{distribution: triangular, lower: 5, mode: 8, upper: 14}</c>), every number in exact round-trip form.
/// </summary>
internal static class DistributionText
{
    public static string Of(ParameterDistribution distribution)
    {
        (string Key, double Value)[] parameters = distribution switch
        {
            NormalDistribution n => [("mean", n.Mean), ("sd", n.StdDev)],
            LogNormalDistribution l => LogNormal(l),
            UniformDistribution u => [("lower", u.Lower), ("upper", u.Upper)],
            TriangularDistribution t => [("lower", t.Lower), ("mode", t.Mode), ("upper", t.Upper)],
            _ => throw new ArgumentException($"the scenario format has no form for the distribution {distribution.GetType().Name}", nameof(distribution)),
        };
        var entries = parameters.Select(p => $"{p.Key}: {YamlScalars.Number(p.Value)}").Prepend($"distribution: {distribution.Kind}");
        if (distribution.Min is { } min) entries = entries.Append($"min: {YamlScalars.Number(min)}");
        if (distribution.Max is { } max) entries = entries.Append($"max: {YamlScalars.Number(max)}");
        return $"{{{string.Join(", ", entries)}}}";
    }

    /// <summary>
    /// Median and p90, as files usually give it, when a rounding of them reads back to exactly this mu and sigma
    /// (the shortest such, so 3e14 rather than 2.99999999999999e14); otherwise mu and sigma, which always do. A
    /// file written with median and p90 so keeps them, and the resolved file still reproduces the run bit for bit.
    /// </summary>
    private static (string, double)[] LogNormal(LogNormalDistribution l)
    {
        if (double.IsFinite(l.Mu) && l.Sigma > 0 && double.IsFinite(l.Sigma))
        {
            var whole = l with { Min = null, Max = null };
            double median = whole.Quantile(0.5), p90 = whole.Quantile(0.9);
            for (int digits = 1; digits <= 17; digits++)
            {
                double m = Round(median, digits), q = Round(p90, digits);
                if (m > 0 && q > m && double.IsFinite(q) && LogNormalDistribution.FromMedianAndP90(m, q, l.Min, l.Max) == l)
                    return [("median", m), ("p90", q)];
            }
        }
        return [("mu", l.Mu), ("sigma", l.Sigma)];
    }

    private static double Round(double x, int significantDigits) =>
        double.Parse(x.ToString("E" + (significantDigits - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
