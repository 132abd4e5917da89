using SimCluster.Model.Scaling;

namespace SimCluster.Model.Strategy;

/// <summary>
/// The design's strategy presets (docs/model.md §14): shares are pretrain / synthetic / rl / inference / experiments.
/// Each keeps final runs within Epoch AI's 10-30% of R&amp;D compute (R&amp;D: all but inference) and inference within
/// 20-35% of the total (J. You, Oct 2025); how the R&amp;D rest splits between experiments, synthetic data and RL is
/// what tells the presets apart (assumption).
/// </summary>
public static class StrategyPresets
{
    /// <summary>real-data-heavy: 0.20 / 0 / 0.05 / 0.30 / 0.45 (final runs 29% of R&amp;D).</summary>
    public static LabStrategy RealDataHeavy { get; } = new("real-data-heavy", new(0.20, 0, 0.05, 0.30, 0.45), AllocationPolicy.DataConstrained);

    /// <summary>balanced: 0.14 / 0.06 / 0.12 / 0.28 / 0.40 (final runs 19% of R&amp;D), a quarter of RL in simulated environments.</summary>
    public static LabStrategy Balanced { get; } = new("balanced", new(0.14, 0.06, 0.12, 0.28, 0.40), AllocationPolicy.DataConstrained, EnvironmentShare: 0.25);

    /// <summary>simulation-heavy: 0.08 / 0.12 / 0.20 / 0.25 / 0.35 (final runs 11% of R&amp;D), 60% of RL in simulated environments.</summary>
    public static LabStrategy SimulationHeavy { get; } = new("simulation-heavy", new(0.08, 0.12, 0.20, 0.25, 0.35), AllocationPolicy.DataConstrained, EnvironmentShare: 0.6);

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
