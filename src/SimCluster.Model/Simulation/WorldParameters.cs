using SimCluster.Model.Capability;
using SimCluster.Model.PostTraining;
using SimCluster.Model.Progress;
using SimCluster.Model.Readouts;
using SimCluster.Model.Scaling;
using SimCluster.Model.Synthetic;

namespace SimCluster.Model.Simulation;

/// <summary>The shared constants every lab step reads: loss law, progress, synthetic data, RL, test time, capability and its readouts.</summary>
public sealed record WorldParameters(
    double StartYear,
    LossConstants Constants,
    AlgorithmicProgressParameters Progress,
    SyntheticDataParameters Synthetic,
    RlParameters Rl,
    TestTimeParameters TestTime)
{
    /// <summary>The capability index read off each model's loss (docs/model.md §18).</summary>
    public CapabilityIndex Capability { get; init; } = CapabilityIndex.Default;

    /// <summary>The benchmarks read off the capability (docs/model.md §19).</summary>
    public ReadoutSet Readouts { get; init; } = ReadoutSet.Default;

    /// <summary>The design's defaults: besiroglu2024 with 2024 as the calendar reference of every trend.</summary>
    public static WorldParameters Default { get; } = new(
        2024, LossConstants.Besiroglu2024, AlgorithmicProgressParameters.Default,
        SyntheticDataParameters.Default, RlParameters.Default, TestTimeParameters.Default);

    /// <summary>m_c at <paramref name="year"/>.</summary>
    public double ComputeMultiplierAt(double year) => AlgorithmicProgress.Multiplier(Progress, year);

    /// <summary>The loss law in physical N and D with the algorithms of <paramref name="year"/>.</summary>
    public LossConstants ConstantsAt(double year) => Constants.WithProgress(ComputeMultiplierAt(year), Progress.DataEfficiencyShare);
}
