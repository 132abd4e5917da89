namespace SimCluster.Model.Progress;

/// <summary>
/// The effective-compute multiplier of docs/model.md §5. It improves parameters and data alike,
/// N_eff = N·m^a, D_eff = D·m^b with a + b = 1, so the data wall stays in physical tokens.
/// </summary>
public static class AlgorithmicProgress
{
    /// <summary>m(t); before t0 it is below 1 (older algorithms), never above m_max.</summary>
    public static double Multiplier(AlgorithmicProgressParameters p, double t0, double year)
    {
        if (double.IsPositiveInfinity(p.DoublingMonths)) return 1.0;
        double m = Math.Pow(2, (year - t0) * 12.0 / p.DoublingMonths);
        return Math.Min(p.MaxMultiplier, m);
    }
}
