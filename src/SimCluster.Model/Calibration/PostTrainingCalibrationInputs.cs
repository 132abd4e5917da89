using SimCluster.Model.Capability;
using SimCluster.Model.PostTraining;
using SimCluster.Model.Progress;
using SimCluster.Model.Synthetic;

namespace SimCluster.Model.Calibration;

/// <summary>
/// The model constants the post-training calibration holds fixed or compares against: each fit solves for one
/// constant with the others at these values, so a default can be checked against the data it was calibrated to.
/// </summary>
/// <param name="Rl">H_0 and B held, ρ compared; the RL arrival and efficiency trend give m_rl.</param>
/// <param name="TestTime">γ_K compared.</param>
/// <param name="Synthetic">f_d compared.</param>
/// <param name="Index">K_pre of a student whose base ECI is not published (Phi-4).</param>
/// <param name="Progress">The algorithmic-progress multiplier of that student's C_eq and the slowdown of m_rl.</param>
public sealed record PostTrainingCalibrationInputs(
    RlParameters Rl,
    TestTimeParameters TestTime,
    SyntheticDataParameters Synthetic,
    CapabilityIndex Index,
    AlgorithmicProgressParameters Progress)
{
    /// <summary>The design's defaults.</summary>
    public static PostTrainingCalibrationInputs Default { get; } = new(
        RlParameters.Default, TestTimeParameters.Default, SyntheticDataParameters.Default, CapabilityIndex.Default, AlgorithmicProgressParameters.Default);
}
