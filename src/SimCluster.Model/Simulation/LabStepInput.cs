namespace SimCluster.Model.Simulation;

/// <summary>What a lab receives for one step from its cluster and its data sources.</summary>
/// <param name="Year">Decimal year at the end of the step.</param>
/// <param name="StepMonths">Step length Δ in months.</param>
/// <param name="DeliveredFlop">FLOP the lab's fleet delivered in the step.</param>
/// <param name="HumanReachableTokens">Unique human tokens the lab can train on: public stocks plus its exclusive holdings.</param>
public readonly record struct LabStepInput(double Year, double StepMonths, double DeliveredFlop, double HumanReachableTokens);
