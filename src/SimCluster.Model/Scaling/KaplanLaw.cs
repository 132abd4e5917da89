namespace SimCluster.Model.Scaling;

/// <summary>
/// Kaplan et al. 2020 single-factor laws: L(N) = (8.8e13/N)^0.076, L(D) = (5.4e13/D)^0.095,
/// L(C) = (2.68e28/C)^0.050 (docs/model.md §7). Offered separately: the losses are WebText2 nats and are not
/// comparable with <see cref="ChinchillaLaw"/>; the seed documents wrongly mix these exponents with
/// Hoffmann's coefficients.
/// </summary>
public static class KaplanLaw
{
    /// <summary>Loss limited by parameters.</summary>
    public static double LossOfParams(double parameters) => Math.Pow(8.8e13 / parameters, 0.076);

    /// <summary>Loss limited by data.</summary>
    public static double LossOfTokens(double tokens) => Math.Pow(5.4e13 / tokens, 0.095);

    /// <summary>Loss limited by compute (FLOP).</summary>
    public static double LossOfCompute(double flop) => Math.Pow(2.68e28 / flop, 0.050);
}
