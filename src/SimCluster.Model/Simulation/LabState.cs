namespace SimCluster.Model.Simulation;

/// <summary>
/// A lab's mutable state between steps: its current model, the training run in progress, the synthetic pool being
/// generated for the next run and RL spent on the current base (the human data it has seen is its
/// <see cref="World.HumanDataLedger"/>'s). Mutable on purpose: the same instance is stepped hundreds of times per
/// replicate, and copying it each step would dominate the cost.
/// </summary>
public sealed class LabState(ReleasedModel initial)
{
    /// <summary>The model in service.</summary>
    public ReleasedModel Model { get; set; } = initial;

    /// <summary>Pretraining FLOP accumulated in the current run.</summary>
    public double RunFlop { get; set; }

    /// <summary>Months elapsed in the current run.</summary>
    public double RunMonths { get; set; }

    /// <summary>Raw synthetic tokens generated for the next run.</summary>
    public double SyntheticRawTokens { get; set; }

    /// <summary>RL rollout FLOP spent on the current base model (reset when a new base is released).</summary>
    public double RlRolloutFlop { get; set; }

    /// <summary>n: consecutive released generations trained partly on synthetic data.</summary>
    public int SyntheticGenerations { get; set; }

    /// <summary>GPQA of the model in service at the end of the last step.</summary>
    public double ServedGpqa { get; set; }

    /// <summary>GPQA of the previous post-trained model, still served until the newest overtakes it; 0 when none.</summary>
    public double RetiringGpqa { get; set; }

    /// <summary>First year the tokens its next run wanted exceeded the human tokens it could reach; null until then.</summary>
    public double? ExhaustionYear { get; set; }
}
