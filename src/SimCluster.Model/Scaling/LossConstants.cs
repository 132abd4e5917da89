namespace SimCluster.Model.Scaling;

/// <summary>
/// Constants of the Chinchilla loss law L(N, D) = E + A/N^α + B/D^β (docs/model.md §7).
/// </summary>
/// <param name="Name">Identifier used on the command line and in scenarios.</param>
/// <param name="E">Irreducible loss (nats/token).</param>
/// <param name="A">Parameter-term coefficient.</param>
/// <param name="B">Data-term coefficient.</param>
/// <param name="Alpha">Parameter exponent α.</param>
/// <param name="Beta">Data exponent β.</param>
public sealed record LossConstants(string Name, double E, double A, double B, double Alpha, double Beta)
{
    /// <summary>
    /// Besiroglu et al. 2024, "Chinchilla Scaling: A replication attempt" (Epoch): the default.
    /// </summary>
    public static LossConstants Besiroglu2024 { get; } = new("besiroglu2024", 1.8172, 482.01, 2085.43, 0.3478, 0.3658);

    /// <summary>
    /// Hoffmann et al. 2022, "Training Compute-Optimal LLMs", approach 3, as printed.
    /// Note: the seed documents pair A, B with Kaplan's exponents 0.076/0.095, which gives a loss near 50;
    /// those exponents belong to <see cref="KaplanLaw"/>, not here.
    /// </summary>
    public static LossConstants Hoffmann2022 { get; } = new("hoffmann2022", 1.69, 406.4, 410.7, 0.34, 0.28);

    /// <summary>The built-in sets by name.</summary>
    public static IReadOnlyList<LossConstants> BuiltIn { get; } = [Besiroglu2024, Hoffmann2022];

    /// <summary>Looks up a built-in set; null when the name is unknown.</summary>
    public static LossConstants? Find(string name) =>
        BuiltIn.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>a = β/(α+β): the compute-optimal exponent of N (N_opt ∝ C^a).</summary>
    public double ParamsExponent => Beta / (Alpha + Beta);

    /// <summary>b = α/(α+β): the compute-optimal exponent of D (D_opt ∝ C^b).</summary>
    public double DataExponent => Alpha / (Alpha + Beta);

    /// <summary>G = (αA/(βB))^(1/(α+β)).</summary>
    public double G => Math.Pow(Alpha * A / (Beta * B), 1.0 / (Alpha + Beta));

    /// <summary>
    /// The same law seen through algorithmic progress (docs/model.md §5): compute efficiency m_c, of which a share s
    /// (<paramref name="dataShare"/>) makes tokens worth more, N_eff = N·m_c^(1−s) and D_eff = D·m_c^s. L(N_eff, D_eff)
    /// equals a law in physical N and D whose A and B are scaled by m_c^(−(1−s)α) and m_c^(−sβ), so allocation
    /// optimises physical quantities with the usual formulas. Whatever s, the compute-optimal loss is L*(C·m_c)
    /// (the exponents recombine to γ); s decides only how many physical tokens that loss needs: with s = 0 a better
    /// algorithm wants as many tokens as before, and the data wall stays in physical tokens.
    /// </summary>
    public LossConstants WithProgress(double computeMultiplier, double dataShare)
    {
        if (computeMultiplier == 1.0) return this;
        return this with
        {
            A = A * Math.Pow(computeMultiplier, -(1 - dataShare) * Alpha),
            B = B * Math.Pow(computeMultiplier, -dataShare * Beta),
        };
    }
}
