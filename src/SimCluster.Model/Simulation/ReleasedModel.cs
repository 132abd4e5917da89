using SimCluster.Model.Capability;
using SimCluster.Model.Progress;
using SimCluster.Model.Scaling;

namespace SimCluster.Model.Simulation;

/// <summary>A lab's current base model: what it was trained on and how good it is.</summary>
/// <param name="Params">Parameters N.</param>
/// <param name="Tokens">Training tokens D, repeats included.</param>
/// <param name="UniqueHumanTokens">Unique human tokens in its dataset.</param>
/// <param name="SyntheticTokens">Effective synthetic tokens in its dataset.</param>
/// <param name="EffectiveTokens">D' after repetition (what a generator trained on it "knows").</param>
/// <param name="PretrainFlop">Physical pretraining FLOP.</param>
/// <param name="ComputeMultiplier">Algorithmic-progress multiplier m at training time.</param>
/// <param name="Loss">Loss including any collapse penalty.</param>
/// <param name="GpqaBase">Base-model GPQA.</param>
/// <param name="SyntheticFraction">φ: synthetic share of its unique data.</param>
/// <param name="ReleaseYear">Decimal year of release.</param>
/// <param name="ChinchillaEquivalentFlop">C_eq: the compute-optimal FLOP its loss is worth (docs/model.md §18).</param>
/// <param name="CapabilityPretrainEci">K_pre: its pretraining capability index on the ECI scale.</param>
public sealed record ReleasedModel(
    double Params, double Tokens, double UniqueHumanTokens, double SyntheticTokens, double EffectiveTokens,
    double PretrainFlop, double ComputeMultiplier, double Loss, double GpqaBase, double SyntheticFraction, double ReleaseYear,
    double ChinchillaEquivalentFlop, double CapabilityPretrainEci)
{
    /// <summary>
    /// A model released with <paramref name="loss"/>: what is read off the loss (base GPQA, C_eq, K_pre) is read once,
    /// here, since a model's loss never changes after its release.
    /// </summary>
    public static ReleasedModel Trained(WorldParameters world, double parameters, double tokens, double uniqueHumanTokens, double syntheticTokens,
        double effectiveTokens, double pretrainFlop, double computeMultiplier, double loss, double syntheticFraction, double releaseYear)
    {
        double chinchillaEquivalent = ChinchillaEquivalent.Compute(world.Constants, loss);
        return new(parameters, tokens, uniqueHumanTokens, syntheticTokens, effectiveTokens, pretrainFlop, computeMultiplier, loss,
            world.Mapping.Gpqa(loss), syntheticFraction, releaseYear, chinchillaEquivalent, world.Capability.Pretraining(chinchillaEquivalent));
    }

    /// <summary>Epochs over its unique data.</summary>
    public double Epochs => UniqueHumanTokens + SyntheticTokens > 0 ? Tokens / (UniqueHumanTokens + SyntheticTokens) : 0;

    /// <summary>Effective compute: physical FLOP × m.</summary>
    public double EffectiveCompute => PretrainFlop * ComputeMultiplier;

    /// <summary>
    /// A model trained on fresh human data only (a scenario's starting model). Default: the Llama 3.1 405B case
    /// (405e9 parameters, 15.6e12 tokens; docs/model.md §7).
    /// </summary>
    public static ReleasedModel Human(WorldParameters world, double year, double parameters = 405e9, double tokens = 15.6e12)
    {
        double m = AlgorithmicProgress.Multiplier(world.Progress, world.StartYear, year);
        double loss = ChinchillaLaw.Loss(world.Constants.WithEffectiveComputeMultiplier(m), parameters, tokens);
        return Trained(world, parameters, tokens, tokens, 0, tokens, ChinchillaLaw.TrainingFlop(parameters, tokens), m, loss, 0, year);
    }
}
