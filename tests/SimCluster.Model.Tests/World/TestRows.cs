using SimCluster.Model.World;

namespace SimCluster.Model.Tests.World;

/// <summary>
/// Hand-built trajectory rows: a test names the few columns it is about and the rest stay at plain values, so a
/// summary test reads as the story it checks rather than as thirty-six positional numbers.
/// </summary>
internal static class TestRows
{
    /// <summary>A row of <paramref name="lab"/> at <paramref name="step"/> of a monthly run from 2024.</summary>
    public static TrajectoryRow Row(string lab, long step, double capabilityEci, double gpqa = 50, double chinchillaEquivalentFlop = 1e26,
        double loss = 2.0, double energyKwhCumulative = 1e9, double costUsdCumulative = 1e10,
        double modelPretrainFlop = 6e25, double modelTrainPowerMw = 20, bool modelReleased = false) =>
        new(Replicate: 0, Lab: lab, Step: step, Year: 2024 + step / 12.0,
            FlopDelivered: 1e25, FlopPretrain: 8e24, FlopExperiments: 0, FlopSynthetic: 0, FlopRl: 1e24, FlopInference: 1e24, TokensServed: 5e11, EffectiveCompute: 1e25,
            Params: 1e12, ModelPretrainFlop: modelPretrainFlop, ModelTrainPowerMw: modelTrainPowerMw, TokensUniqueHuman: 1e13, Epochs: 1, TokensSynthetic: 0, SyntheticFraction: 0, HumanStockTokens: 3e14, HumanUnseenTokens: 2e14, TokensDesired: 2e13,
            Loss: loss, ChinchillaEquivalentFlop: chinchillaEquivalentFlop, CapabilityEci: capabilityEci, CapabilityPretrainEci: capabilityEci - 5,
            CapabilityDistillEci: 0, CapabilityPostEci: 5, RlHeadroomEci: 10, Gpqa: gpqa, Frontiermath: 10, Swebench: 40, MathLevel5: 60, MetrHorizonMinutes: 60,
            EnergyKwh: 1e7, EnergyKwhCumulative: energyKwhCumulative, PowerMw: 100, Gpus: 1e5, CostUsdCumulative: costUsdCumulative, BankedUsd: 0, BindingConstraint: "budget",
            DataExhausted: false, ModelReleased: modelReleased);

    /// <summary>Steps 1..<paramref name="steps"/> of <paramref name="lab"/>, with K rising linearly from
    /// <paramref name="firstEci"/> by <paramref name="eciPerStep"/>.</summary>
    public static IReadOnlyList<TrajectoryRow> Rising(string lab, int steps, double firstEci, double eciPerStep) =>
        Enumerable.Range(1, steps).Select(k => Row(lab, k, firstEci + (k - 1) * eciPerStep, chinchillaEquivalentFlop: 1e25 * k)).ToArray();
}
