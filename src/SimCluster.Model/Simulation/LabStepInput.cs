using SimCluster.Model.Strategy;

namespace SimCluster.Model.Simulation;

/// <summary>What a lab receives for one step from its cluster and its data sources.</summary>
/// <param name="Year">Decimal year at the end of the step.</param>
/// <param name="StepMonths">Step length Δ in months.</param>
/// <param name="DeliveredFlop">FLOP the lab's fleet delivered in the step.</param>
/// <param name="HumanReachableTokens">Unique human tokens the lab can train on: public stocks plus its exclusive holdings.</param>
/// <param name="Demand">What the lab's next run wants at this step's compute rate (computed in phase 2, when the lab planned).</param>
/// <param name="PowerMw">Facility power of the lab's share of its fleet in the step, MW.</param>
public readonly record struct LabStepInput(double Year, double StepMonths, double DeliveredFlop, double HumanReachableTokens, RunDemand Demand, double PowerMw = 0)
{
    /// <summary>The input of a lab stepped on its own (tests, benchmarks): the demand is computed here.</summary>
    public static LabStepInput For(WorldParameters world, LabStrategy strategy, double year, double stepMonths, double deliveredFlop, double humanReachableTokens) =>
        new(year, stepMonths, deliveredFlop, humanReachableTokens, RunDemand.At(world, strategy, year, stepMonths, deliveredFlop));
}
