using SimCluster.Model.Scaling;

namespace SimCluster.Model.Strategy;

/// <summary>The design's strategy presets (docs/model.md §14): shares are pretrain / synthetic / rl / inference.</summary>
public static class StrategyPresets
{
    /// <summary>real-data-heavy: 0.85 / 0 / 0.05 / 0.10.</summary>
    public static LabStrategy RealDataHeavy { get; } = new("real-data-heavy", new(0.85, 0, 0.05, 0.10), AllocationPolicy.DataConstrained);

    /// <summary>balanced: 0.55 / 0.10 / 0.25 / 0.10.</summary>
    public static LabStrategy Balanced { get; } = new("balanced", new(0.55, 0.10, 0.25, 0.10), AllocationPolicy.DataConstrained);

    /// <summary>simulation-heavy: 0.30 / 0.25 / 0.35 / 0.10.</summary>
    public static LabStrategy SimulationHeavy { get; } = new("simulation-heavy", new(0.30, 0.25, 0.35, 0.10), AllocationPolicy.DataConstrained);

    /// <summary>adaptive: real-data-heavy shares until human data runs short, then simulation-heavy ones.</summary>
    public static LabStrategy Adaptive { get; } = RealDataHeavy with { Name = "adaptive", SharesWhenDataShort = SimulationHeavy.Shares };

    /// <summary>All presets.</summary>
    public static IReadOnlyList<LabStrategy> All { get; } = [RealDataHeavy, Balanced, SimulationHeavy, Adaptive];

    /// <summary>A preset by name; null when unknown.</summary>
    public static LabStrategy? Find(string name) => All.FirstOrDefault(s => s.Name == name);
}
