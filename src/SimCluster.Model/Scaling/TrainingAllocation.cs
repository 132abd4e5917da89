namespace SimCluster.Model.Scaling;

/// <summary>The outcome of allocating a pretraining budget.</summary>
/// <param name="Flop">Pretraining FLOP spent: 6·N·D.</param>
/// <param name="Params">Parameters N.</param>
/// <param name="Tokens">Training tokens D, repeats included.</param>
/// <param name="UniqueTokens">Unique tokens U ≤ D.</param>
/// <param name="EffectiveTokens">D' of the repeated-data law (= D when nothing repeats).</param>
/// <param name="Loss">L(N, D') without any collapse penalty.</param>
public readonly record struct TrainingAllocation(double Flop, double Params, double Tokens, double UniqueTokens, double EffectiveTokens, double Loss)
{
    /// <summary>Epochs over the unique data: D/U.</summary>
    public double Epochs => UniqueTokens > 0 ? Tokens / UniqueTokens : 0;
}
