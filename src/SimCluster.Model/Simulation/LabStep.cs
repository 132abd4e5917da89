using SimCluster.Model.Capability;
using SimCluster.Model.PostTraining;
using SimCluster.Model.Progress;
using SimCluster.Model.Scaling;
using SimCluster.Model.Strategy;
using SimCluster.Model.Synthetic;

namespace SimCluster.Model.Simulation;

/// <summary>
/// One lab's time step (docs/model.md §2 phase 3, with the equations of §6-12): split the delivered compute by the
/// strategy's shares, accumulate the pretraining run, generate synthetic tokens with the current model, spend RL
/// on the current base, and release a new base model when the run ends.
/// Modelling choices the design leaves open, stated here:
/// - a run's dataset takes human tokens first and synthetic ones only for the rest, so synthetic data matters
///   once human data is short (SynthLLM 2025: its gains are largest where real data is scarce);
/// - a finished run replaces the model in service only if its loss is lower (a lab does not ship a worse model),
///   and it mixes in synthetic data only if that lowers the loss after the collapse penalty;
/// - GPQA is that of the model the lab serves: after a release, the previous post-trained model until RL on the new
///   base overtakes it (base GPQA and RL gain in the report are the newest model's);
/// - "data short" (exhaustion, docs/model.md §6) compares the tokens the next run wants (<see cref="RunDemand"/>, computed
///   when the lab planned the step) with the human tokens it can reach.
/// </summary>
public static class LabStep
{
    /// <summary>Advances <paramref name="state"/> by one step and returns the step's report.</summary>
    public static LabStepReport Advance(WorldParameters world, LabStrategy strategy, LabState state, in LabStepInput input)
    {
        bool dataShort = input.Demand.ExceedsReach(input.HumanReachableTokens);
        if (dataShort) state.ExhaustionYear ??= input.Year;
        var shares = strategy.SharesFor(dataShort);

        double pre = input.DeliveredFlop * shares.Pretrain;
        double syn = input.DeliveredFlop * shares.Synthetic;
        double rl = input.DeliveredFlop * shares.Rl;
        double inf = input.DeliveredFlop * shares.Inference;

        state.RunFlop += pre;
        state.RunMonths += input.StepMonths;
        state.SyntheticRawTokens += SyntheticData.TokensFromFlop(world.Synthetic, world.Synthetic.GeneratorFraction * state.Model.Params, syn);
        state.RlRolloutFlop += RlPostTraining.RolloutFlop(world.Rl, rl);

        bool released = false;
        double servedBefore = state.ServedGpqa;
        if (state.RunMonths >= strategy.TrainingRunMonths - 1e-9)
        {
            double m = AlgorithmicProgress.Multiplier(world.Progress, world.StartYear, input.Year);
            released = FinishRun(world, strategy, state, world.Constants.WithEffectiveComputeMultiplier(m), m, input);
            state.RunFlop = 0;
            state.RunMonths = 0;
            state.SyntheticRawTokens = 0;
        }

        var model = state.Model;
        double ceiling = world.Mapping.Ceiling;
        double rlGain = RlPostTraining.Gain(world.Rl, model.GpqaBase, ceiling, state.RlRolloutFlop, model.PretrainFlop);
        double newest = GpqaScore.Gpqa(ceiling, model.GpqaBase, rlGain, TestTimeCompute.Gain(world.TestTime));
        // The lab serves its best post-trained model: a new base starts its RL from zero (docs/model.md §10), so until
        // that catches up the previous model, whose RL stops with the release, stays in service.
        double gpqa = released ? Math.Max(newest, servedBefore) : Math.Max(newest, state.RetiringGpqa);
        if (released) state.RetiringGpqa = servedBefore;
        if (newest >= state.RetiringGpqa) state.RetiringGpqa = 0;
        state.ServedGpqa = gpqa;
        return new LabStepReport(
            input.Year, pre, syn, rl, inf, model.EffectiveCompute, model.Params, model.UniqueHumanTokens, model.Epochs,
            model.SyntheticTokens, model.SyntheticFraction, model.Loss, model.ChinchillaEquivalentFlop, model.CapabilityPretrainEci, model.GpqaBase, rlGain, gpqa,
            state.ExhaustionYear is not null, released);
    }

    private static bool FinishRun(WorldParameters world, LabStrategy strategy, LabState state, LossConstants constants, double m, in LabStepInput input)
    {
        if (state.RunFlop <= 0) return false;
        var current = state.Model;
        double human = input.HumanReachableTokens;
        double synthetic = SyntheticData.EffectiveTokens(world.Synthetic, state.SyntheticRawTokens, current.EffectiveTokens);

        // A lab mixes in as much of its synthetic pool as lowers the loss after the collapse penalty: none, or
        // 1/16 up to all of it, stopping at the first share that does not help (the penalty grows linearly in φ
        // while the benefit of more unique data saturates). Synthetic data cannot help a run that does not use
        // all the human data it has.
        var run = Candidate(world, strategy, state, constants, human, 0);
        if (synthetic > 0 && run.HumanUsed >= human)
            foreach (double part in SyntheticParts)
            {
                var mixed = Candidate(world, strategy, state, constants, human, synthetic * part);
                if (!(mixed.Loss < run.Loss)) break;
                run = mixed;
            }
        if (!(run.Loss < current.Loss)) return false;

        var a = run.Allocation;
        state.Model = ReleasedModel.Trained(world, a.Params, a.Tokens, run.HumanUsed, run.SyntheticUsed, a.EffectiveTokens, state.RunFlop, m, run.Loss,
            run.Phi, input.Year);
        state.SyntheticGenerations = run.Generations;
        state.RlRolloutFlop = 0; // a new base is post-trained anew (docs/model.md §10)
        return true;
    }

    private static readonly double[] SyntheticParts = [1.0 / 16, 1.0 / 8, 1.0 / 4, 1.0 / 2, 1.0];

    private static RunCandidate Candidate(WorldParameters world, LabStrategy strategy, LabState state, LossConstants constants, double human, double synthetic)
    {
        var a = Allocator.Allocate(constants, state.RunFlop, human + synthetic, strategy.Allocation);
        double humanUsed = Math.Min(a.UniqueTokens, human);
        double syntheticUsed = Math.Max(0, a.UniqueTokens - humanUsed);
        double phi = a.UniqueTokens > 0 ? syntheticUsed / a.UniqueTokens : 0;
        int generations = phi > 0 ? state.SyntheticGenerations + 1 : 0;
        double loss = a.Loss + CollapsePenalty.Loss(strategy.SyntheticMode, world.Synthetic.CollapseKappa, phi, generations);
        return new(a, humanUsed, syntheticUsed, phi, generations, loss);
    }

    private readonly record struct RunCandidate(TrainingAllocation Allocation, double HumanUsed, double SyntheticUsed, double Phi, int Generations, double Loss);
}
