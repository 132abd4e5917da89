namespace SimCluster.Model.Synthetic;

/// <summary>
/// Cost and worth of synthetic tokens (docs/model.md §9). They re-express what the generator learned and add no
/// outside information (Shumailov et al. 2024), so their effective count saturates:
/// D_syn' = q_s·K·(1 − e^(−T/K)), K = σ·D_gen'.
/// </summary>
public static class SyntheticData
{
    /// <summary>FLOP to generate <paramref name="tokens"/> with a generator of <paramref name="generatorParams"/>: 2·N_gen·T·k_v.</summary>
    public static double GenerationFlop(SyntheticDataParameters p, double generatorParams, double tokens) =>
        2.0 * generatorParams * tokens * p.VerificationFactor;

    /// <summary>Tokens that <paramref name="flop"/> generates.</summary>
    public static double TokensFromFlop(SyntheticDataParameters p, double generatorParams, double flop) =>
        generatorParams > 0 ? flop / (2.0 * generatorParams * p.VerificationFactor) : 0;

    /// <summary>Effective tokens of <paramref name="tokens"/> raw synthetic ones from a generator trained on <paramref name="generatorEffectiveTokens"/>.</summary>
    public static double EffectiveTokens(SyntheticDataParameters p, double tokens, double generatorEffectiveTokens)
    {
        double k = p.SaturationSigma * generatorEffectiveTokens;
        if (k <= 0 || tokens <= 0) return 0;
        return p.Quality * k * (1 - Math.Exp(-tokens / k));
    }
}
