using SimCluster.Model.Progress;

namespace SimCluster.Model.PostTraining;

/// <summary>
/// RL post-training in ECI points (docs/model.md §10): the ScaleRL sigmoid (Khatri et al. 2025) applied to the
/// capability index, so RL keeps its worth however capable the base already is (a share of the remaining GPQA
/// headroom would be worth nothing once GPQA saturates).
/// </summary>
public static class RlPostTraining
{
    /// <summary>Whether RL reasoning training exists at <paramref name="year"/>.</summary>
    public static bool Available(RlParameters p, double year) => year >= p.ArrivalYear;

    /// <summary>m_rl(t): RL efficiency relative to arrival (1 at arrival), slowing like compute efficiency.</summary>
    public static double Efficiency(RlParameters p, AlgorithmicProgressParameters progress, double year) =>
        year <= p.ArrivalYear ? 1 : Math.Pow(2, AlgorithmicProgress.Doublings(p.EfficiencyDoublingMonths, progress.SlowdownHalfLifeYears, year, p.ArrivalYear));

    /// <summary>
    /// Rollout FLOP that <paramref name="rlFlop"/> buys when a share <paramref name="environmentShare"/> of it runs in
    /// simulated environments at (1 + c_env) compute per rollout FLOP.
    /// </summary>
    public static double RolloutFlop(RlParameters p, double rlFlop, double environmentShare) =>
        rlFlop * (1 - environmentShare) + EnvironmentRolloutFlop(p, rlFlop, environmentShare);

    /// <summary>The part of <see cref="RolloutFlop"/> done in simulated environments: experience the lab accumulates.</summary>
    public static double EnvironmentRolloutFlop(RlParameters p, double rlFlop, double environmentShare) =>
        rlFlop * environmentShare / (1 + p.EnvironmentCostMultiple);

    /// <summary>H = H_0 + h_sim·log10(1 + X_sim/X_0), ECI points.</summary>
    public static double Headroom(RlParameters p, double environmentFlop) =>
        p.HeadroomEci + p.SimulationHeadroomPerDecade * Math.Log10(1 + environmentFlop / p.SimulationReferenceFlop);

    /// <summary>ΔK_rl = H·x^B/(1 + x^B), x = X_rl/(ρ·C_pre); 0 without RL or without a base.</summary>
    public static double Gain(RlParameters p, double headroom, double rlStock, double pretrainFlop)
    {
        if (!(rlStock > 0) || !(pretrainFlop > 0)) return 0;
        double x = rlStock / (p.MidpointRatio * pretrainFlop);
        double xb = Math.Pow(x, p.Steepness);
        return double.IsPositiveInfinity(xb) ? headroom : headroom * xb / (1 + xb);
    }

    /// <summary>
    /// The RL stock a new base of <paramref name="newPretrainFlop"/> inherits: a share r of the old stock's worth
    /// relative to its base (recipes, environments and reward models transfer; the rollouts themselves do not).
    /// </summary>
    public static double CarriedOver(RlParameters p, double rlStock, double oldPretrainFlop, double newPretrainFlop) =>
        oldPretrainFlop > 0 ? p.CarryOver * rlStock * (newPretrainFlop / oldPretrainFlop) : 0;
}
