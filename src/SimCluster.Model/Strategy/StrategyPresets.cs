using SimCluster.Model.Scaling;

namespace SimCluster.Model.Strategy;

/// <summary>The design's strategy presets (docs/model.md §14): shares are pretrain / synthetic / rl / inference.</summary>
public static class StrategyPresets
{
    /// <summary>real-data-heavy: 0.85 / 0 / 0.05 / 0.10.</summary>
    public static LabStrategy RealDataHeavy { get; } = new("real-data-heavy", new(0.85, 0, 0.05, 0.10), AllocationPolicy.DataConstrained);

    /// <summary>balanced: 0.55 / 0.10 / 0.25 / 0.10, a quarter of RL in simulated environments.</summary>
    public static LabStrategy Balanced { get; } = new("balanced", new(0.55, 0.10, 0.25, 0.10), AllocationPolicy.DataConstrained, EnvironmentShare: 0.25);

    /// <summary>simulation-heavy: 0.30 / 0.25 / 0.35 / 0.10, 60% of RL in simulated environments.</summary>
    public static LabStrategy SimulationHeavy { get; } = new("simulation-heavy", new(0.30, 0.25, 0.35, 0.10), AllocationPolicy.DataConstrained, EnvironmentShare: 0.6);

    /// <summary>adaptive: real-data-heavy shares until human data runs short, then simulation-heavy ones; its RL runs in
    /// environments as simulation-heavy's does (a small share of its compute until the switch).</summary>
    public static LabStrategy Adaptive { get; } = RealDataHeavy with
    {
        Name = "adaptive", SharesWhenDataShort = SimulationHeavy.Shares, EnvironmentShare = SimulationHeavy.EnvironmentShare,
    };

    /// <summary>All presets.</summary>
    public static IReadOnlyList<LabStrategy> All { get; } = [RealDataHeavy, Balanced, SimulationHeavy, Adaptive];

    /// <summary>A preset by name; null when unknown.</summary>
    public static LabStrategy? Find(string name) => All.FirstOrDefault(s => s.Name == name);
}
