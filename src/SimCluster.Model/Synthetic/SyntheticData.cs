namespace SimCluster.Model.Synthetic;

/// <summary>
/// Cost and worth of synthetic tokens (docs/model.md §9). A share v passes a checker and adds information the
/// generator did not have, saturating per run at V_max: D_ver = V_max·(1 − e^(−v·T/V_max)). The rest re-express what
/// the generator learned (Shumailov et al. 2024), so their effective count saturates with the outside information it
/// saw, I_gen (its unique human and verified tokens): D_syn' = q_s·K·(1 − e^(−(1 − v)·T/K)), K = σ·I_gen. Counting its
/// own synthetic tokens in I_gen would let a chain of generations compound information from nothing. Only the unverified part risks collapse (Feng et al. 2024,
/// "Beyond model collapse": verified synthetic data scales without it).
/// </summary>
public static class SyntheticData
{
    /// <summary>FLOP to generate <paramref name="tokens"/> with a generator of <paramref name="generatorParams"/>: 2·N_gen·T·k_v.</summary>
    public static double GenerationFlop(SyntheticDataParameters p, double generatorParams, double tokens) =>
        2.0 * generatorParams * tokens * p.VerificationFactor;

    /// <summary>Tokens that <paramref name="flop"/> generates.</summary>
    public static double TokensFromFlop(SyntheticDataParameters p, double generatorParams, double flop) =>
        generatorParams > 0 ? flop / (2.0 * generatorParams * p.VerificationFactor) : 0;

    /// <summary>Unique, verified tokens of <paramref name="tokens"/> raw generated ones.</summary>
    public static double VerifiedTokens(SyntheticDataParameters p, double tokens) =>
        tokens > 0 && p.VerifiedShare > 0 ? p.VerifiedCapTokens * -double.ExpM1(-p.VerifiedShare * tokens / p.VerifiedCapTokens) : 0;

    /// <summary>Effective unverified tokens of <paramref name="tokens"/> raw generated ones, from a generator that saw <paramref name="generatorInformationTokens"/> of outside information.</summary>
    public static double EffectiveTokens(SyntheticDataParameters p, double tokens, double generatorInformationTokens)
    {
        double k = p.SaturationSigma * generatorInformationTokens;
        double unverified = tokens * (1 - p.VerifiedShare);
        if (k <= 0 || unverified <= 0) return 0;
        return p.Quality * k * -double.ExpM1(-unverified / k);
    }
}
