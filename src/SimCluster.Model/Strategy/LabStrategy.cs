using SimCluster.Model.Scaling;
using SimCluster.Model.Synthetic;

namespace SimCluster.Model.Strategy;

/// <summary>
/// A lab's strategy (docs/model.md §14): compute shares, allocation policy, synthetic mode, training-run length and
/// release lag, the share of its RL run in simulated environments, and an optional adaptive rule that switches to <see cref="SharesWhenDataShort"/> once the lab's human
/// data falls short of what its next run wants.
/// </summary>
public sealed record LabStrategy(
    string Name,
    ComputeShares Shares,
    AllocationPolicy Allocation,
    SyntheticMode SyntheticMode = SyntheticMode.Accumulate,
    double TrainingRunMonths = 4,
    ComputeShares? SharesWhenDataShort = null,
    double EnvironmentShare = 0,
    double ReleaseLagMonths = 3,
    double TrainingRunGrowthPerYear = 1.4,
    double MaxTrainingRunMonths = 9)
{
    /// <summary>
    /// How long a final run started in <paramref name="year"/> lasts: <see cref="TrainingRunMonths"/> in 2024, growing
    /// <see cref="TrainingRunGrowthPerYear"/> a year (Epoch AI 2025: frontier runs have grown ~1.4x/yr since 2020, about a
    /// third of training-compute growth) until <see cref="MaxTrainingRunMonths"/> (Epoch AI 2025: runs past ~9 months are
    /// outclassed by later ones). The cap stops growth only: a run set longer than it in 2024 keeps its length.
    /// </summary>
    public double RunMonthsAt(double year) =>
        Math.Min(Math.Max(MaxTrainingRunMonths, TrainingRunMonths), TrainingRunMonths * Math.Pow(TrainingRunGrowthPerYear, year - World.CalendarAnchor.Year));

    /// <summary>Whether the adaptive rule is on.</summary>
    public bool IsAdaptive => SharesWhenDataShort is not null;

    /// <summary>The shares in force given whether the lab's human data is short.</summary>
    public ComputeShares SharesFor(bool dataShort) => dataShort && SharesWhenDataShort is { } s ? s : Shares;
}
