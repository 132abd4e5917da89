using SimCluster.Model.Scaling;
using SimCluster.Model.Strategy;

namespace SimCluster.Model.Simulation;

/// <summary>
/// What a lab's next training run wants, judged at this step's compute rate (docs/model.md §6): the pretraining FLOP
/// of a whole run at this step's pretraining share, and the unique tokens that run would train on with unlimited
/// data under the lab's allocation policy (a data-constrained lab is asked what it would want unconstrained, i.e.
/// compute-optimal). Computed once per lab-step: phase 2 asks exclusive sources for what it lacks, and phase 3 calls
/// the lab data-short when it exceeds the human tokens the lab can reach.
/// </summary>
/// <param name="RunFlop">Pretraining FLOP of a whole run at this step's rate.</param>
/// <param name="DesiredTokens">Unique tokens that run wants; 0 when the run gets no (or no computable) compute.</param>
public readonly record struct RunDemand(double RunFlop, double DesiredTokens)
{
    /// <summary>The demand of <paramref name="strategy"/>'s next run at <paramref name="year"/>, given the FLOP
    /// delivered over a step of <paramref name="stepMonths"/>.</summary>
    public static RunDemand At(WorldParameters world, LabStrategy strategy, double year, double stepMonths, double deliveredFlop)
    {
        double runFlop = deliveredFlop * strategy.Shares.Pretrain * strategy.RunMonthsAt(year) / stepMonths;
        if (!(runFlop > 0 && double.IsFinite(runFlop))) return new(runFlop, 0);
        var policy = strategy.Allocation.Kind == AllocationKind.DataConstrained ? AllocationPolicy.ComputeOptimal : strategy.Allocation;
        return new(runFlop, Allocator.Allocate(world.ConstantsAt(year), runFlop, double.MaxValue, policy).Tokens);
    }

    /// <summary>Whether the run wants more unique tokens than the <paramref name="reachableTokens"/> human tokens the
    /// lab can reach: the lab's data is short (exhaustion, docs/model.md §6).</summary>
    public bool ExceedsReach(double reachableTokens) => DesiredTokens > reachableTokens;
}
