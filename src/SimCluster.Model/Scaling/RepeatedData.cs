namespace SimCluster.Model.Scaling;

/// <summary>
/// Repeated data (Muennighoff et al. 2023, "Scaling Data-Constrained Language Models"; docs/model.md §8):
/// U unique tokens seen D/U times count as D' = U + U·R*·(1 − e^(−R/R*)), R = D/U − 1.
/// </summary>
public static class RepeatedData
{
    /// <summary>R_D* = 15.39: half-life of repeated-token value (datablations fit: 15.387756).</summary>
    public const double DataDecay = 15.387756;

    /// <summary>R_N* = 5.31: the parameter-side counterpart (datablations fit: 5.309743).</summary>
    public const double ParamsDecay = 5.309743;

    /// <summary>Effective tokens D' of <paramref name="tokens"/> drawn from <paramref name="unique"/> unique ones.</summary>
    public static double EffectiveTokens(double tokens, double unique, double decay = DataDecay)
    {
        if (unique <= 0) return 0;
        if (tokens <= unique) return tokens;
        double repeats = tokens / unique - 1;
        return unique + unique * decay * (1 - Math.Exp(-repeats / decay));
    }

    /// <summary>The limit of D'/U as epochs grow: 1 + R*.</summary>
    public static double MaxEffectiveMultiple(double decay = DataDecay) => 1 + decay;

    /// <summary>
    /// The datablations data-constrained law L(N, D, U): excess parameters beyond the compute-optimal size
    /// for U unique tokens decay like repeated data with R_N*. Used to reproduce the paper's check values.
    /// </summary>
    public static double DataConstrainedLoss(LossConstants c, double parameters, double tokens, double unique,
        double dataDecay = DataDecay, double paramsDecay = ParamsDecay)
    {
        double uniqueParams = Math.Min(parameters, ChinchillaLaw.OptimalParamsForTokens(c, unique));
        double effectiveParams = EffectiveTokens(parameters, uniqueParams, paramsDecay);
        double effectiveTokens = EffectiveTokens(tokens, unique, dataDecay);
        return ChinchillaLaw.Loss(c, effectiveParams, effectiveTokens);
    }
}
