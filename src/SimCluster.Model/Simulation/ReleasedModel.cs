using SimCluster.Model.Capability;
using SimCluster.Model.Scaling;

namespace SimCluster.Model.Simulation;

/// <summary>A lab's current base model: what it was trained on and how good it is.</summary>
/// <param name="Params">Parameters N.</param>
/// <param name="Tokens">Training tokens D, repeats included.</param>
/// <param name="UniqueHumanTokens">Unique human tokens in its dataset.</param>
/// <param name="SyntheticTokens">Effective synthetic tokens in its dataset, verified and unverified.</param>
/// <param name="InformationTokens">The unique human and verified synthetic tokens it saw: the outside information its own synthetic tokens re-express.</param>
/// <param name="PretrainFlop">Physical pretraining FLOP.</param>
/// <param name="ComputeMultiplier">Compute efficiency m_c at training time.</param>
/// <param name="Loss">Loss including any collapse penalty.</param>
/// <param name="SyntheticFraction">Synthetic share of its unique data.</param>
/// <param name="ReleaseYear">Decimal year of release.</param>
/// <param name="ChinchillaEquivalentFlop">C_eq: the compute-optimal FLOP its loss is worth with 2024 algorithms (docs/model.md §18).</param>
/// <param name="CapabilityPretrainEci">K_pre: its pretraining capability index on the ECI scale.</param>
/// <param name="DistillEci">ΔK_distill: what training on its lab's best model's tokens added (docs/model.md §9).</param>
public sealed record ReleasedModel(
    double Params, double Tokens, double UniqueHumanTokens, double SyntheticTokens, double InformationTokens,
    double PretrainFlop, double ComputeMultiplier, double Loss, double SyntheticFraction, double ReleaseYear,
    double ChinchillaEquivalentFlop, double CapabilityPretrainEci, double DistillEci)
{
    /// <summary>
    /// A model released with <paramref name="loss"/>: C_eq and K_pre are read once, here, since a model's loss never
    /// changes after its release. A loss at E (algorithms compounded past what a double holds) has an infinite C_eq,
    /// which the lab's row check reports as an overflow.
    /// </summary>
    public static ReleasedModel Trained(WorldParameters world, double parameters, double tokens, double uniqueHumanTokens, double syntheticTokens,
        double informationTokens, double pretrainFlop, double computeMultiplier, double loss, double syntheticFraction, double releaseYear, double distillEci = 0)
    {
        double chinchillaEquivalent = loss > world.Constants.E ? ChinchillaEquivalent.Compute(world.Constants, loss) : double.PositiveInfinity;
        double pretrainEci = chinchillaEquivalent > 0 ? world.Capability.Pretraining(chinchillaEquivalent) : double.NegativeInfinity;
        return new(parameters, tokens, uniqueHumanTokens, syntheticTokens, informationTokens, pretrainFlop, computeMultiplier, loss,
            syntheticFraction, releaseYear, chinchillaEquivalent, pretrainEci, distillEci);
    }

    /// <summary>Mean facility power its final pretraining run drew, MW (the fleet's power × the pretraining share, over the
    /// run's steps); 0 for a scenario's starting model, whose run is not simulated.</summary>
    public double TrainPowerMw { get; init; }

    /// <summary>Epochs over its unique data.</summary>
    public double Epochs => UniqueHumanTokens + SyntheticTokens > 0 ? Tokens / (UniqueHumanTokens + SyntheticTokens) : 0;

    /// <summary>Effective compute: physical FLOP × m_c.</summary>
    public double EffectiveCompute => PretrainFlop * ComputeMultiplier;

    /// <summary>
    /// A model trained on fresh human data only (a scenario's starting model). Default: the Llama 3.1 405B case
    /// (405e9 parameters, 15.6e12 tokens; docs/model.md §7).
    /// </summary>
    public static ReleasedModel Human(WorldParameters world, double year, double parameters = 405e9, double tokens = 15.6e12)
    {
        double loss = ChinchillaLaw.Loss(world.ConstantsAt(year), parameters, tokens);
        return Trained(world, parameters, tokens, tokens, 0, tokens, ChinchillaLaw.TrainingFlop(parameters, tokens), world.ComputeMultiplierAt(year), loss, 0, year);
    }
}
