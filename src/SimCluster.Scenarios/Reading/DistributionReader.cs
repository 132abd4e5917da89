using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Reading;

/// <summary>
/// Reads a distribution written in place of a number (<c>{distribution: lognormal, median: 3e14, p90: 1e15}</c>):
/// checks the field may vary (<see cref="VariableFields"/>), the kind, its keys and their values, records an
/// <see cref="UncertainParameter"/> and returns the distribution's median as the spec's nominal value. Errors on the
/// whole distribution are located at the map; errors on one key at that key.
/// </summary>
internal static class DistributionReader
{
    public const string KindKey = "distribution";

    /// <summary>Whether a map names a distribution kind (a map elsewhere is just a wrong type).</summary>
    public static bool IsDistribution(YamlMappingNode map) => map.Children.Keys.Any(k => k is YamlScalarNode { Value: KindKey });

    /// <summary>The nominal value (the median); null, with errors reported, when the distribution is unusable.</summary>
    public static double? Read(YamlMappingNode node, string path, ErrorSink errors)
    {
        if (!VariableFields.Contains(path))
        {
            errors.At(node, path, "is not a parameter a sweep can vary, so it cannot be a distribution (years, step_months, seed, " +
                $"compute shares and settings are fixed); fields that can vary: {VariableFields.Listing}");
            return null;
        }
        if (Kind(node, path, errors) is not { } kind) return null;
        int before = errors.Errors.Count;
        var p = new Parameters(new MapReader(node, path, ScenarioKeys.DistributionsByKind[kind], errors), kind);
        ParameterDistribution? distribution = kind switch
        {
            "normal" => new NormalDistribution(p.Required("mean", "the mean"), p.Required("sd", "the standard deviation, > 0"), p.Optional("min"), p.Optional("max")),
            "lognormal" => LogNormal(p, node, path, errors),
            "uniform" => new UniformDistribution(p.Required("lower", "the lower end"), p.Required("upper", "the upper end, > lower"), p.Optional("min"), p.Optional("max")),
            _ => new TriangularDistribution(p.Required("lower", "the lower end"), p.Required("mode", "the most likely value, in [lower, upper]"),
                p.Required("upper", "the upper end, > lower"), p.Optional("min"), p.Optional("max")),
        };
        if (distribution is null || errors.Errors.Count > before) return null;
        if (distribution.Validate() is { } problem)
        {
            errors.At(node, path, problem);
            return null;
        }
        errors.Uncertain.Add((node.Start, new UncertainParameter(path, distribution)));
        return distribution.Quantile(0.5);
    }

    private static string? Kind(YamlMappingNode node, string path, ErrorSink errors)
    {
        var kinds = ScenarioKeys.DistributionsByKind.Keys;
        var entry = node.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: KindKey });
        if (entry.Key is null || YamlValues.IsNull(entry.Value))
        {
            errors.At(node, $"{path}.{KindKey}", $"required field '{KindKey}' is missing; expected the kind: {string.Join(", ", kinds)} (or write a plain number)");
            return null;
        }
        if (MapReader.ReadString(entry.Value, $"{path}.{KindKey}", errors) is not { } kind) return null;
        if (ScenarioKeys.DistributionsByKind.ContainsKey(kind)) return kind;
        errors.At(entry.Value, $"{path}.{KindKey}", $"unknown distribution {IssueText.Quote(kind)}; {Suggestions.Allowed(kind, kinds)}");
        return null;
    }

    /// <summary>Median and p90 (how ranges like "100T-1000T" are quoted), median and sigma (how fits of ln X are
    /// reported: Villalobos et al. 2024 give a median and the standard deviation of its log), or mu and sigma of ln X.</summary>
    private static LogNormalDistribution? LogNormal(Parameters p, YamlMappingNode node, string path, ErrorSink errors)
    {
        bool byQuantiles = p.Has("median") || p.Has("p90"), byMoments = p.Has("mu") || p.Has("sigma");
        if (p.Has("median") && p.Has("sigma") && !p.Has("p90") && !p.Has("mu"))
        {
            double m = p.Required("median", "the median, > 0"), sigma = p.Required("sigma", "the standard deviation of ln X, > 0");
            if (double.IsNaN(m) || double.IsNaN(sigma)) return null; // reported already
            if (m > 0 && double.IsFinite(m)) return new LogNormalDistribution(Math.Log(m), sigma, p.Optional("min"), p.Optional("max"));
            errors.At(node, path, $"lognormal: median must be finite and > 0; got {Num(m)}");
            return null;
        }
        if (byQuantiles && byMoments)
        {
            errors.At(node, path, "lognormal: give median and p90, median and sigma, or mu and sigma; not another mix");
            return null;
        }
        if (byMoments)
            return new LogNormalDistribution(p.Required("mu", "the mean of ln X"), p.Required("sigma", "the standard deviation of ln X, > 0"), p.Optional("min"), p.Optional("max"));
        double median = p.Required("median", "the median, > 0 (or give mu and sigma)");
        double p90 = p.Required("p90", "the 90th percentile, > median (or give mu and sigma)");
        double? min = p.Optional("min"), max = p.Optional("max");
        string? problem =
            double.IsNaN(median) || double.IsNaN(p90) ? null : // not given, or not a number: reported already
            !(median > 0 && double.IsFinite(median)) ? $"lognormal: median must be finite and > 0; got {Num(median)}" :
            !(p90 > median && double.IsFinite(p90)) ? $"lognormal: p90 must be finite and > median ({Num(median)}); got {Num(p90)}" : null;
        if (problem is null) return LogNormalDistribution.FromMedianAndP90(median, p90, min, max);
        errors.At(node, path, problem);
        return null;
    }

    // What each kind needs, for "missing" messages (the keys themselves are ScenarioKeys').
    private static readonly Dictionary<string, string> Takes = new(StringComparer.Ordinal)
    {
        ["normal"] = "mean, sd",
        ["lognormal"] = "median and p90, median and sigma, or mu and sigma",
        ["uniform"] = "lower, upper",
        ["triangular"] = "lower, mode, upper",
    };

    private static string Num(double x) => IssueText.Number(x);

    /// <summary>A distribution's parameters are plain numbers: a nested map is a wrong type, not another distribution.</summary>
    private sealed class Parameters(MapReader map, string kind)
    {
        private string Keys => $"{kind} takes {Takes[kind]}, and optional min, max";

        public bool Has(string key) => map.Get(key) is not null;

        /// <summary>The value, or NaN once the problem is reported.</summary>
        public double Required(string key, string expected)
        {
            if (map.Get(key) is { } v) return Number(v, key) ?? double.NaN;
            map.Missing(key, $"{expected} ({Keys})");
            return double.NaN;
        }

        public double? Optional(string key) => map.Get(key) is { } v ? Number(v, key) ?? double.NaN : null;

        private double? Number(YamlNode node, string key)
        {
            if (YamlValues.TryNumber(node, out double value, out string problem)) return value;
            map.Errors.At(node, map.At(key), problem);
            return null;
        }
    }
}
