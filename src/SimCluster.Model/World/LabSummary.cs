namespace SimCluster.Model.World;

/// <summary>One lab's run in a few numbers (docs/model.md §15, summary.json).</summary>
/// <param name="Lab">Lab name.</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="ExhaustionYear">First year its next run wanted more human tokens than it could reach; null if never.</param>
/// <param name="CrossoverYear">First year its synthetic plus RL compute exceeded its pretraining compute; null if never.</param>
/// <param name="Milestones">First year at GPQA 70, 80 and 90, with energy and cost to get there.</param>
/// <param name="FinalYear">Year of the last step.</param>
/// <param name="FinalLoss">Loss of the model in service at the end.</param>
/// <param name="FinalGpqa">GPQA at the end (a readout of the final capability K).</param>
/// <param name="FinalParams">Parameters of the model in service at the end.</param>
/// <param name="FinalEnergyKwh">Cumulative energy at the end.</param>
/// <param name="FinalCostUsd">Cumulative cost at the end.</param>
/// <param name="ModelsReleased">Base models released during the run.</param>
/// <param name="CapabilityEci2030">Capability K at t = 2030 (the first step ending at or after it); null if the run ends before.</param>
/// <param name="CapabilityEci2040">Capability K at t = 2040, likewise.</param>
/// <param name="CapabilityEci2064">Capability K at t = 2064, likewise (the end of the shipped scenarios' horizon).</param>
/// <param name="FinalCapabilityEci">Capability K at the end: what the run is about, since every benchmark is read off it.</param>
/// <param name="FinalChinchillaEquivalentFlop">Chinchilla-equivalent compute C_eq of the model in service at the end.</param>
/// <param name="CapabilityMilestones">First year at each milestone of <see cref="Readouts.MilestoneTable.Default"/>, in its order.</param>
public sealed record LabSummary(
    string Lab, string Strategy, double? ExhaustionYear, double? CrossoverYear, IReadOnlyList<GpqaMilestone> Milestones,
    double FinalYear, double FinalLoss, double FinalGpqa, double FinalParams, double FinalEnergyKwh, double FinalCostUsd, int ModelsReleased,
    double? CapabilityEci2030, double? CapabilityEci2040, double? CapabilityEci2064, double FinalCapabilityEci, double FinalChinchillaEquivalentFlop,
    IReadOnlyList<CapabilityMilestone> CapabilityMilestones)
{
    /// <summary>The GPQA levels a summary marks (docs/model.md §15).</summary>
    public static IReadOnlyList<double> MilestoneLevels { get; } = [70, 80, 90];

    /// <summary>The milestone at <paramref name="gpqa"/>.</summary>
    public GpqaMilestone At(double gpqa) => Milestones.First(m => m.Gpqa == gpqa);

    /// <summary>The capability milestone named <paramref name="name"/> (a name of <see cref="Readouts.MilestoneTable"/>).</summary>
    public CapabilityMilestone Reached(string name) => CapabilityMilestones.First(m => m.Name == name);
}
