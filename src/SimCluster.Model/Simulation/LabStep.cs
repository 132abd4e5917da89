using SimCluster.Model.Capability;
using SimCluster.Model.PostTraining;
using SimCluster.Model.Scaling;
using SimCluster.Model.Strategy;
using SimCluster.Model.Synthetic;

namespace SimCluster.Model.Simulation;

/// <summary>
/// One lab's time step (docs/model.md §2 phase 3, with the equations of §5-12): split the delivered compute by the
/// strategy's shares, accumulate the final pretraining run, generate synthetic tokens with the current model, add RL to
/// the lab's RL stock, finish the run when its months are up and release the model after the release lag. Experiments
/// take their share and improve nothing directly (docs/model.md §14). The capability reported is the model in
/// service's, K = K_pre + ΔK_distill + ΔK_rl + ΔK_tt.
/// Modelling choices the design leaves open, stated here:
/// - a run's dataset takes human tokens first, then verified synthetic tokens, and unverified ones only for the rest,
///   so synthetic data matters once human data is short (SynthLLM 2025: its gains are largest where real data is scarce);
/// - a finished run is released only if its loss is lower than the newest model's, released or waiting (a lab does not
///   ship a worse base), and it mixes in
///   unverified synthetic data only if that lowers the loss after the collapse penalty;
/// - the newest base is served at once: its RL stock carries over (docs/model.md §10), so the dip at a release is at
///   most H·(S(x) − S(r·x)), smaller than what a better base adds;
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
        double experiments = input.DeliveredFlop * shares.Experiments;

        state.RunFlop += pre;
        state.RunMonths += input.StepMonths;
        state.RunPowerMwMonths += input.PowerMw * shares.Pretrain * input.StepMonths;
        state.SyntheticRawTokens += SyntheticData.TokensFromFlop(world.Synthetic, world.Synthetic.GeneratorFraction * state.Model.Params, syn);
        // Before RL reasoning training exists the RL share is RLHF, whose effect is inside the pretraining fit.
        if (RlPostTraining.Available(world.Rl, input.Year))
        {
            state.RlStock += RlPostTraining.RolloutFlop(world.Rl, rl, strategy.EnvironmentShare) * RlPostTraining.Efficiency(world.Rl, world.Progress, input.Year);
            state.EnvironmentFlop += RlPostTraining.EnvironmentRolloutFlop(world.Rl, rl, strategy.EnvironmentShare);
        }

        if (state.RunMonths >= strategy.RunMonthsAt(input.Year - state.RunMonths / 12.0) - 1e-9)
        {
            FinishRun(world, strategy, state, input);
            state.RunFlop = 0;
            state.RunMonths = 0;
            state.RunPowerMwMonths = 0;
            state.SyntheticRawTokens = 0;
        }

        bool released = Release(world, state, input.Year);

        var model = state.Model;
        double headroom = RlPostTraining.Headroom(world.Rl, state.EnvironmentFlop);
        // Distillation hands the base what its teacher's post-training found, so RL has only the rest of the headroom to
        // find: K_pre + ΔK_distill + ΔK_rl never exceeds K_pre + H. (Were they added, each generation would stand on its
        // teacher's RL and add H again: capability without bound from a fixed pretraining.)
        var capability = new CapabilityParts(
            model.CapabilityPretrainEci, model.DistillEci,
            RlPostTraining.Gain(world.Rl, Math.Max(0, headroom - model.DistillEci), state.RlStock, model.PretrainFlop),
            TestTimeCompute.Gain(world.TestTime, world.Rl, input.Year));
        state.Capability = capability;
        return new LabStepReport(
            input.Year, pre, experiments, syn, rl, inf, TestTimeCompute.TokensServed(world.TestTime, model.Params, inf), model.EffectiveCompute, model.Params, model.PretrainFlop, model.TrainPowerMw, model.UniqueHumanTokens, model.Epochs,
            model.SyntheticTokens, model.SyntheticFraction, model.Loss, model.ChinchillaEquivalentFlop, capability, headroom,
            state.ExhaustionYear is not null, dataShort, released);
    }

    // Puts into service every finished run whose lag is over (the newest last). The RL stock carries over to each new
    // base (docs/model.md §10), and the base distils from the model that generated its synthetic tokens.
    private static bool Release(WorldParameters world, LabState state, double year)
    {
        bool released = false;
        while (state.Pending.Count > 0 && state.Pending.Peek().Model.ReleaseYear <= year + 1e-9)
        {
            var (model, teacher, teacherTokens) = state.Pending.Dequeue();
            double distill = Distillation.Gain(world.Synthetic, teacher, model.CapabilityPretrainEci, teacherTokens);
            state.RlStock = RlPostTraining.CarriedOver(world.Rl, state.RlStock, state.Model.PretrainFlop, model.PretrainFlop);
            state.Model = model with { DistillEci = distill };
            released = true;
        }
        return released;
    }

    private static void FinishRun(WorldParameters world, LabStrategy strategy, LabState state, in LabStepInput input)
    {
        if (state.RunFlop <= 0) return;
        var current = state.Newest;
        var constants = world.ConstantsAt(input.Year);
        double human = input.HumanReachableTokens;
        double verified = SyntheticData.VerifiedTokens(world.Synthetic, state.SyntheticRawTokens);
        double unverified = SyntheticData.EffectiveTokens(world.Synthetic, state.SyntheticRawTokens, current.InformationTokens);

        // Verified tokens carry no collapse risk, so a run short of human data takes them all. Unverified ones go in as
        // far as they lower the loss after the collapse penalty: none, or 1/16 up to all of them, stopping at the first
        // share that does not help (the penalty grows linearly in φ while the worth of more unique data saturates).
        // Synthetic data cannot help a run that does not use all the human data it has.
        var run = Candidate(world, strategy, state, constants, human, 0, 0);
        if (run.HumanUsed >= human && verified > 0)
        {
            var withVerified = Candidate(world, strategy, state, constants, human, verified, 0);
            if (withVerified.Loss < run.Loss) run = withVerified;
        }
        if (unverified > 0 && run.HumanUsed + run.VerifiedUsed >= human + verified)
            foreach (double part in SyntheticParts)
            {
                var mixed = Candidate(world, strategy, state, constants, human, verified, unverified * part);
                if (!(mixed.Loss < run.Loss)) break;
                run = mixed;
            }
        if (!(run.Loss < current.Loss)) return;

        var a = run.Allocation;
        double synthetic = run.VerifiedUsed + run.UnverifiedUsed;
        double syntheticFraction = a.UniqueTokens > 0 ? synthetic / a.UniqueTokens : 0;
        var model = ReleasedModel.Trained(world, a.Params, a.Tokens, run.HumanUsed, synthetic, run.HumanUsed + run.VerifiedUsed, state.RunFlop,
            world.ComputeMultiplierAt(input.Year), run.Loss, syntheticFraction, input.Year + strategy.ReleaseLagMonths / 12.0)
            with { TrainPowerMw = state.RunPowerMwMonths / state.RunMonths };
        // The lab's model in service generated this run's synthetic tokens, so the new base is also its student.
        state.Pending.Enqueue(new PendingRelease(model, state.Capability.Total, state.SyntheticRawTokens));
        state.SyntheticGenerations = run.Generations;
    }

    private static readonly double[] SyntheticParts = [1.0 / 16, 1.0 / 8, 1.0 / 4, 1.0 / 2, 1.0];

    private static RunCandidate Candidate(WorldParameters world, LabStrategy strategy, LabState state, LossConstants constants,
        double human, double verified, double unverified)
    {
        var a = Allocator.Allocate(constants, state.RunFlop, human + verified + unverified, strategy.Allocation);
        double humanUsed = Math.Min(a.UniqueTokens, human);
        double verifiedUsed = Math.Min(a.UniqueTokens - humanUsed, verified);
        double unverifiedUsed = Math.Max(0, a.UniqueTokens - humanUsed - verifiedUsed);
        double phi = a.UniqueTokens > 0 ? unverifiedUsed / a.UniqueTokens : 0;
        int generations = phi > 0 ? state.SyntheticGenerations + 1 : 0;
        double loss = a.Loss + CollapsePenalty.Loss(strategy.SyntheticMode, world.Synthetic.CollapseKappa, phi, generations, a.Loss - constants.E);
        return new(a, humanUsed, verifiedUsed, unverifiedUsed, generations, loss);
    }

    private readonly record struct RunCandidate(TrainingAllocation Allocation, double HumanUsed, double VerifiedUsed, double UnverifiedUsed, int Generations, double Loss);
}
