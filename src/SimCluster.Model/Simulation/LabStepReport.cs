namespace SimCluster.Model.Simulation;

/// <summary>One lab's step, as reported to the aggregator (the lab's columns of DESIGN 4's trajectories.csv).</summary>
public readonly record struct LabStepReport(
    double Year,
    double FlopPretrain,
    double FlopSynthetic,
    double FlopRl,
    double FlopInference,
    double EffectiveCompute,
    double Params,
    double TokensUniqueHuman,
    double Epochs,
    double TokensSynthetic,
    double SyntheticFraction,
    double HumanStockTokens,
    double HumanUnseenTokens,
    double Loss,
    double GpqaBase,
    double GpqaRlGain,
    double Gpqa,
    bool DataExhausted,
    bool Released);
