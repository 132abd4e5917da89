using SimCluster.Model.Scenarios;

namespace SimCluster.Model.World;

/// <summary>A run's summary: the scenario, its seed and every lab's <see cref="LabSummary"/> in name order.</summary>
public sealed record RunSummary(string Scenario, ulong Seed, double StartYear, double EndYear, long Steps, IReadOnlyList<LabSummary> Labs)
{
    /// <summary>The summary of rows (any order) from a run of <paramref name="spec"/>.</summary>
    public static RunSummary From(ScenarioSpec spec, IEnumerable<TrajectoryRow> rows)
    {
        var strategies = spec.Labs.ToDictionary(l => l.Name, l => l.Strategy.Name, StringComparer.Ordinal);
        var labs = rows.GroupBy(r => r.Lab).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var b = new LabSummaryBuilder(g.Key, strategies[g.Key]);
            foreach (var r in g.OrderBy(r => r.Step)) b.Add(r);
            return b.Build();
        }).ToArray();
        return new RunSummary(spec.Name, spec.Seed, spec.StartYear, spec.EndYear, spec.Steps, labs);
    }
}
