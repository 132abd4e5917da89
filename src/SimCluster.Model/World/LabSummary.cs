namespace SimCluster.Model.World;

/// <summary>One lab's run in a few numbers (docs/model.md §15, summary.json).</summary>
/// <param name="Lab">Lab name.</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="ExhaustionYear">First year its next run wanted more human tokens than it could reach; null if never.</param>
/// <param name="CrossoverYear">First year its synthetic plus RL compute exceeded its pretraining compute; null if never.</param>
/// <param name="Milestones">First year at GPQA 70, 80 and 90, with energy and cost to get there.</param>
/// <param name="FinalYear">Year of the last step.</param>
/// <param name="FinalLoss">Loss of the model in service at the end.</param>
/// <param name="FinalGpqa">GPQA at the end (base + RL + test time).</param>
/// <param name="FinalParams">Parameters of the model in service at the end.</param>
/// <param name="FinalEnergyKwh">Cumulative energy at the end.</param>
/// <param name="FinalCostUsd">Cumulative cost at the end.</param>
/// <param name="ModelsReleased">Base models released during the run.</param>
public sealed record LabSummary(
    string Lab, string Strategy, double? ExhaustionYear, double? CrossoverYear, IReadOnlyList<GpqaMilestone> Milestones,
    double FinalYear, double FinalLoss, double FinalGpqa, double FinalParams, double FinalEnergyKwh, double FinalCostUsd, int ModelsReleased)
{
    /// <summary>The GPQA levels a summary marks (docs/model.md §15).</summary>
    public static IReadOnlyList<double> MilestoneLevels { get; } = [70, 80, 90];

    /// <summary>The milestone at <paramref name="gpqa"/>.</summary>
    public GpqaMilestone At(double gpqa) => Milestones.First(m => m.Gpqa == gpqa);
}
