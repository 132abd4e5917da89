using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;

namespace SimCluster.Model.Parameters;

/// <summary>
/// The scenario a file would give if it named only its entities and their presets: the same time grid, sources,
/// clusters and labs by name, each at what it starts from before the file's own values (a source at the preset of
/// its name, a lab at the strategy preset of its strategy's name and the default budget, a cluster and the world at
/// their defaults). Reading a parameter from both tells whether a run changed it, which is what a reader of a report
/// wants marked. An entity with no preset to start from (a custom source or strategy) is its own default.
/// </summary>
public static class DefaultScenario
{
    /// <summary>The defaults of <paramref name="spec"/>'s parameters, entity by entity.</summary>
    public static ScenarioSpec Of(ScenarioSpec spec) => spec with
    {
        World = WorldParameters.Default with { StartYear = spec.World.StartYear },
        Sources = spec.Sources.Select(s => DataSourcePresets.All.FirstOrDefault(p => p.Name == s.Name) ?? s).ToArray(),
        Clusters = spec.Clusters.Select(c => new ClusterSpec(c.Name, HardwareParameters.Default)).ToArray(),
        Labs = spec.Labs.Select(l => new LabSpec(l.Name, StrategyPresets.Find(l.Strategy.Name) ?? l.Strategy, BudgetParameters.Default, l.Cluster, l.Sources)).ToArray(),
    };
}
