using SimCluster.Model.Capability;

namespace SimCluster.Model.Simulation;

/// <summary>
/// A lab's mutable state between steps: its current model, the training run in progress, the synthetic pool being
/// generated for the next run, and its RL and environment stocks (the human data it has seen is its
/// <see cref="World.HumanDataLedger"/>'s). Mutable on purpose: the same instance is stepped hundreds of times per
/// replicate, and copying it each step would dominate the cost.
/// </summary>
public sealed class LabState(ReleasedModel initial)
{
    /// <summary>The model in service.</summary>
    public ReleasedModel Model { get; set; } = initial;

    /// <summary>Finished runs not yet released, oldest first (more than one only when the lag exceeds the run length).</summary>
    public Queue<PendingRelease> Pending { get; } = new();

    /// <summary>The newest model trained, released or not: a finished run must beat it to be worth releasing.</summary>
    public ReleasedModel Newest => Pending.Count > 0 ? Pending.Last().Model : Model;

    /// <summary>Pretraining FLOP accumulated in the current run.</summary>
    public double RunFlop { get; set; }

    /// <summary>Months elapsed in the current run.</summary>
    public double RunMonths { get; set; }

    /// <summary>Σ power × pretraining share × months over the current run, MW·months (its mean training power).</summary>
    public double RunPowerMwMonths { get; set; }

    /// <summary>Raw synthetic tokens generated for the next run.</summary>
    public double SyntheticRawTokens { get; set; }

    /// <summary>X_rl: RL rollout FLOP × RL efficiency on the current base, including what carried over from earlier bases.</summary>
    public double RlStock { get; set; }

    /// <summary>X_sim: rollout FLOP the lab has spent in simulated environments, ever (it raises RL's headroom).</summary>
    public double EnvironmentFlop { get; set; }

    /// <summary>n: consecutive released generations trained partly on unverified synthetic data.</summary>
    public int SyntheticGenerations { get; set; }

    /// <summary>The capability of the model in service at the end of the last step (the teacher of the next base).</summary>
    public CapabilityParts Capability { get; set; } = new(initial.CapabilityPretrainEci, initial.DistillEci, 0, 0);

    /// <summary>End of the first step at which the tokens its next run wanted exceeded the human tokens it could reach;
    /// null until then. It marks the lab exhausted; the date outputs report is placed within that step, from the rows
    /// (<see cref="World.LabSummaryBuilder"/>, <see cref="ExhaustionCrossing"/>).</summary>
    public double? ExhaustionYear { get; set; }
}
