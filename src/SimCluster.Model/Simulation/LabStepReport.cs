using SimCluster.Model.Capability;

namespace SimCluster.Model.Simulation;

/// <summary>
/// One lab's step: what it did with its compute and the model it serves (the lab's columns of trajectories.csv,
/// docs/model.md §15). The human-data columns are not here: the lab's <see cref="World.HumanDataLedger"/> owns them.
/// </summary>
public readonly record struct LabStepReport(
    double Year,
    double FlopPretrain,
    double FlopExperiments,
    double FlopSynthetic,
    double FlopRl,
    double FlopInference,
    double TokensServed,
    double EffectiveCompute,
    double Params,
    double ModelPretrainFlop,
    double ModelTrainPowerMw,
    double TokensUniqueHuman,
    double Epochs,
    double TokensSynthetic,
    double SyntheticFraction,
    double Loss,
    double ChinchillaEquivalentFlop,
    CapabilityParts Capability,
    double RlHeadroomEci,
    bool DataExhausted,
    bool DataShort,
    bool Released);
