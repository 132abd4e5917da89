using SimCluster.Model.Data;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.World;

/// <summary>
/// Who is wired to whom in a scenario: each cluster's tenants and each lab's sources. The plain loop and the grains
/// both build their entities from this, so they cannot disagree about the wiring.
/// </summary>
public static class WorldLayout
{
    /// <summary>The labs that use <paramref name="cluster"/>, in name order.</summary>
    public static IReadOnlyList<ClusterTenant> TenantsOf(ScenarioSpec spec, string cluster) =>
        spec.Labs.Where(l => l.Cluster == cluster).OrderBy(l => l.Name, StringComparer.Ordinal)
            .Select(l => new ClusterTenant(l.Name, l.Budget, LabAt(spec, l.Name))).ToArray();

    /// <summary>Where source <paramref name="name"/> is in the file: <c>sources.NAME</c>, as the validator's paths write it.</summary>
    public static string SourceAt(ScenarioSpec spec, string name) => At("sources", spec.Sources.Select(s => s.Name), name);

    /// <summary>Where cluster <paramref name="name"/> is in the file: <c>clusters.NAME</c>.</summary>
    public static string ClusterAt(ScenarioSpec spec, string name) => At("clusters", spec.Clusters.Select(c => c.Name), name);

    /// <summary>Where lab <paramref name="name"/> is in the file: <c>labs.NAME</c>.</summary>
    public static string LabAt(ScenarioSpec spec, string name) => At("labs", spec.Labs.Select(l => l.Name), name);

    private static string At(string list, IEnumerable<string> names, string name)
    {
        // Keys name entities, as the file, errors and overrides do.
        return names.Contains(name, StringComparer.Ordinal) ? $"{list}.{name}" : throw new ArgumentException($"'{name}' is not in {list}", nameof(name));
    }

    /// <summary>The sources <paramref name="lab"/> can train on, in name order.</summary>
    public static IReadOnlyList<DataSourceParameters> SourcesOf(ScenarioSpec spec, LabSpec lab) =>
        spec.Sources.Where(s => lab.Sources.Contains(s.Name)).OrderBy(s => s.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The step context of <paramref name="lab"/> from phase-1 results keyed by cluster and source name.</summary>
    public static LabStepContext ContextFor(
        LabSpec lab, long step, StepClock clock, IReadOnlyDictionary<string, ClusterStepResult> clusters, IReadOnlyDictionary<string, DataSourceSnapshot> sources) =>
        new(step, clock.YearAt(step - 1), clock.YearAt(step), clock.StepMonths, clusters[lab.Cluster].For(lab.Name),
            lab.Sources.Distinct().Order(StringComparer.Ordinal).Select(s => sources[s]).ToArray());

    /// <summary>Groups phase-2 requests by exclusive source, each keyed by lab name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> RequestsBySource(IEnumerable<LabPlan> plans)
    {
        var bySource = new SortedDictionary<string, SortedDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var plan in plans)
            foreach (var (source, tokens) in plan.Requests)
            {
                if (!bySource.TryGetValue(source, out var requests)) bySource[source] = requests = new(StringComparer.Ordinal);
                requests[plan.Lab] = tokens;
            }
        return bySource.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, double>)kv.Value, StringComparer.Ordinal);
    }

    /// <summary>The grants of <paramref name="lab"/>, by source, from every source's allocation.</summary>
    public static IReadOnlyDictionary<string, double> GrantsFor(string lab, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> grantsBySource)
    {
        var grants = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (source, byLab) in grantsBySource)
            if (byLab.TryGetValue(lab, out double g)) grants[source] = g;
        return grants;
    }
}
