using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;

namespace SimCluster.Model.Tests.World;

/// <summary>Scenarios built in code, so Model tests need no file format.</summary>
internal static class TestWorlds
{
    /// <summary>Four labs, one preset each, own clusters, sharing the three preset sources.</summary>
    public static ScenarioSpec FourLabs(double endYear = 2064, double? powerCapMw = null)
    {
        var labs = new[] { ("lab-a", StrategyPresets.RealDataHeavy, 5e9), ("lab-b", StrategyPresets.Balanced, 5e9), ("lab-c", StrategyPresets.SimulationHeavy, 3e9), ("lab-d", StrategyPresets.Adaptive, 8e9) };
        return new ScenarioSpec("four-labs", 2024, endYear, 1, 7, WorldParameters.Default, DataSourcePresets.All,
            labs.Select(l => new ClusterSpec("cluster-" + l.Item1, HardwareParameters.Default, PowerCapMw: powerCapMw)).ToArray(),
            labs.Select(l => new LabSpec(l.Item1, l.Item2, BudgetParameters.Default with { InitialUsdPerYear = l.Item3 }, "cluster-" + l.Item1,
                DataSourcePresets.All.Select(s => s.Name).ToArray())).ToArray());
    }
}
