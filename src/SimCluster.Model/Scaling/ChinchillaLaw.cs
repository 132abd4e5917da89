namespace SimCluster.Model.Scaling;

/// <summary>
/// The parametric loss law and its compute-optimal allocation (Hoffmann et al. 2022; docs/model.md §7):
/// L(N, D) = E + A/N^α + B/D^β, C = 6·N·D, N_opt = G·(C/6)^a, D_opt = (C/6)/N_opt.
/// </summary>
public static class ChinchillaLaw
{
    /// <summary>Training FLOP of N parameters on D tokens: 6·N·D.</summary>
    public static double TrainingFlop(double parameters, double tokens) => 6.0 * parameters * tokens;

    /// <summary>Loss in nats/token.</summary>
    public static double Loss(LossConstants c, double parameters, double tokens) =>
        c.E + c.A / Math.Pow(parameters, c.Alpha) + c.B / Math.Pow(tokens, c.Beta);

    /// <summary>Compute-optimal parameters for <paramref name="flop"/>.</summary>
    public static double OptimalParams(LossConstants c, double flop) => c.G * Math.Pow(flop / 6.0, c.ParamsExponent);

    /// <summary>Compute-optimal (N, D) for <paramref name="flop"/>.</summary>
    public static (double Params, double Tokens) ComputeOptimal(LossConstants c, double flop)
    {
        double n = OptimalParams(c, flop);
        return (n, flop / 6.0 / n);
    }

    /// <summary>Loss of the compute-optimal model for <paramref name="flop"/>.</summary>
    public static double OptimalLoss(LossConstants c, double flop)
    {
        var (n, d) = ComputeOptimal(c, flop);
        return Loss(c, n, d);
    }

    /// <summary>Compute-optimal parameters for a dataset of <paramref name="tokens"/> (the inverse of D_opt(C)).</summary>
    public static double OptimalParamsForTokens(LossConstants c, double tokens) =>
        // D = G⁻¹·X^b and N = G·X^a with X = C/6, so N = G·(G·D)^(a/b) = G·(G·D)^(β/α).
        c.G * Math.Pow(c.G * tokens, c.Beta / c.Alpha);
}
