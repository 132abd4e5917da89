namespace SimCluster.Model.Scenarios;

/// <summary>
/// Draws a replicate's scenario: each uncertain parameter takes the quantile of a counter-based uniform keyed by
/// (seed, replicate, path), so replicate r's values depend on nothing but the seed, r and the path: not on the batch
/// it runs in, the silo, or how many replicates ran before it (docs/model.md §1).
/// </summary>
public static class ScenarioSampler
{
    /// <summary>The spec of <paramref name="replicate"/>; the nominal spec when nothing is uncertain.</summary>
    public static ScenarioSpec Sample(ScenarioSpec spec, long replicate) =>
        Apply(spec, spec.Uncertain.Select(u => (u.Path, u.Distribution.Sample(spec.Seed, replicate, u.Path))));

    /// <summary>The spec with <paramref name="values"/> (path, value) substituted.</summary>
    public static ScenarioSpec Apply(ScenarioSpec spec, IEnumerable<(string Path, double Value)> values)
    {
        var parameters = ScenarioParameters.Of(spec).ToDictionary(p => p.Path, StringComparer.Ordinal);
        foreach (var (path, value) in values)
            spec = (parameters.TryGetValue(path, out var p) ? p : throw new ArgumentException($"'{path}' is not a numeric scenario parameter", nameof(values))).Set(spec, value);
        return spec;
    }

    /// <summary>The value each uncertain parameter takes in <paramref name="replicate"/>, in declaration order.</summary>
    public static IReadOnlyList<(string Path, double Value)> Draws(ScenarioSpec spec, long replicate) =>
        spec.Uncertain.Select(u => (u.Path, u.Distribution.Sample(spec.Seed, replicate, u.Path))).ToArray();
}
