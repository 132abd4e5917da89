namespace SimCluster.Model.PostTraining;

/// <summary>
/// Test-time reasoning and serving (docs/model.md §11): ΔK_tt = γ_K·log10(τ) once reasoning models exist (RL's
/// arrival); serving a token costs 2·N·τ FLOP (Sardana et al. 2024: lifetime cost 6·N·D_train + 2·N·D_inference), so
/// thinking longer serves fewer tokens with the same inference compute.
/// </summary>
public static class TestTimeCompute
{
    /// <summary>ECI points from thinking longer at <paramref name="year"/>.</summary>
    public static double Gain(TestTimeParameters p, RlParameters rl, double year) =>
        RlPostTraining.Available(rl, year) ? p.EciPerDecade * Math.Log10(p.ThinkingMultiplier) : 0;

    /// <summary>Answer tokens served by <paramref name="flop"/> on a model of <paramref name="parameters"/>, τ thinking tokens per answer token.</summary>
    public static double TokensServed(TestTimeParameters p, double parameters, double flop) =>
        parameters > 0 ? flop / (2.0 * parameters * p.ThinkingMultiplier) : 0;
}
