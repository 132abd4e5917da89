using MathNet.Numerics.Optimization;

namespace SimCluster.Model.Scaling;

/// <summary>
/// Splits a pretraining budget C into N and D under a policy, given the unique tokens a lab can reach
/// (docs/model.md §7, §8). Data beyond what is reachable is repeated and counted through D'.
/// </summary>
public static class Allocator
{
    // The data-constrained optimum lies between the compute-optimal N and a much larger model trained
    // for fewer epochs; these bounds (in ln N around N_opt) contain it for any data shortage the law allows.
    private const double LowerLnSpan = 4.6;  // N_opt / 100
    private const double UpperLnSpan = 11.5; // N_opt × 1e5

    /// <summary>Allocates <paramref name="flop"/> given <paramref name="uniqueAvailable"/> reachable unique tokens.</summary>
    public static TrainingAllocation Allocate(LossConstants c, double flop, double uniqueAvailable, AllocationPolicy policy)
    {
        if (!(flop > 0) || !double.IsFinite(flop)) throw new ArgumentOutOfRangeException(nameof(flop), flop, "training compute must be finite and > 0");
        if (!(uniqueAvailable >= 0)) throw new ArgumentOutOfRangeException(nameof(uniqueAvailable), uniqueAvailable, "unique tokens must be >= 0");
        var (nOpt, dOpt) = ChinchillaLaw.ComputeOptimal(c, flop);
        switch (policy.Kind)
        {
            case AllocationKind.Overtrain:
                // D/N = k·(D*/N*) at fixed C = 6ND.
                double ratio = policy.OvertrainFactor * dOpt / nOpt;
                double n = Math.Sqrt(flop / 6.0 / ratio);
                return At(c, flop, n, uniqueAvailable);
            case AllocationKind.DataConstrained when dOpt > uniqueAvailable && uniqueAvailable > 0:
                return MinimiseOverParams(c, flop, nOpt, uniqueAvailable);
            default:
                return At(c, flop, nOpt, uniqueAvailable);
        }
    }

    /// <summary>The allocation with N fixed: D = C/(6N), U = min(D, available), loss through D'.</summary>
    public static TrainingAllocation At(LossConstants c, double flop, double parameters, double uniqueAvailable)
    {
        double tokens = flop / 6.0 / parameters;
        double unique = Math.Min(tokens, uniqueAvailable);
        double effective = RepeatedData.EffectiveTokens(tokens, unique);
        double loss = effective > 0 ? ChinchillaLaw.Loss(c, parameters, effective) : double.PositiveInfinity;
        return new TrainingAllocation(flop, parameters, tokens, unique, effective, loss);
    }

    private static TrainingAllocation MinimiseOverParams(LossConstants c, double flop, double nOpt, double unique)
    {
        // 1-D minimisation over ln N with MathNet's optimiser; golden section is
        // derivative-free and deterministic, and the loss is unimodal in ln N on this interval.
        double lnOpt = Math.Log(nOpt);
        var objective = ObjectiveFunction.ScalarValue(lnN => At(c, flop, Math.Exp(lnN), unique).Loss);
        var result = new GoldenSectionMinimizer(xTolerance: 1e-7, maxIterations: 500)
            .FindMinimum(objective, lnOpt - LowerLnSpan, lnOpt + UpperLnSpan);
        var best = At(c, flop, Math.Exp(result.MinimizingPoint), unique);
        // Never worse than the plain compute-optimal split with repeats.
        var plain = At(c, flop, nOpt, unique);
        return best.Loss <= plain.Loss ? best : plain;
    }
}
