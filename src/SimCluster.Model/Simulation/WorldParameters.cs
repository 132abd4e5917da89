using SimCluster.Model.Capability;
using SimCluster.Model.PostTraining;
using SimCluster.Model.Progress;
using SimCluster.Model.Scaling;
using SimCluster.Model.Synthetic;

namespace SimCluster.Model.Simulation;

/// <summary>The shared constants every lab step reads: loss law, GPQA mapping, progress, synthetic data, RL, test time.</summary>
public sealed record WorldParameters(
    double StartYear,
    LossConstants Constants,
    IGpqaMapping Mapping,
    AlgorithmicProgressParameters Progress,
    SyntheticDataParameters Synthetic,
    RlParameters Rl,
    TestTimeParameters TestTime)
{
    /// <summary>The capability index read off each model's loss (docs/model.md §18); reported, not yet driving a lab.</summary>
    public CapabilityIndex Capability { get; init; } = CapabilityIndex.Default;

    /// <summary>The design's defaults: t0 = 2024, besiroglu2024 with its calibrated mapping.</summary>
    public static WorldParameters Default { get; } = new(
        2024, LossConstants.Besiroglu2024, GpqaDefaults.Besiroglu2024, AlgorithmicProgressParameters.Default,
        SyntheticDataParameters.Default, RlParameters.Default, TestTimeParameters.Default);
}
