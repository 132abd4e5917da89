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
    double ReleaseLagMonths = 3)
{
    /// <summary>Whether the adaptive rule is on.</summary>
    public bool IsAdaptive => SharesWhenDataShort is not null;

    /// <summary>The shares in force given whether the lab's human data is short.</summary>
    public ComputeShares SharesFor(bool dataShort) => dataShort && SharesWhenDataShort is { } s ? s : Shares;
}
