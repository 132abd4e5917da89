namespace SimCluster.Model.PostTraining;

/// <summary>The ScaleRL-sigmoid gain of docs/model.md §10.</summary>
public static class RlPostTraining
{
    /// <summary>Rollout FLOP that <paramref name="totalFlop"/> buys once environments take their share: C/(1 + c_env).</summary>
    public static double RolloutFlop(RlParameters p, double totalFlop) => totalFlop / (1 + p.EnvironmentCostMultiple);

    /// <summary>GPQA points gained by <paramref name="rolloutFlop"/> of RL on a base of <paramref name="pretrainFlop"/>.</summary>
    public static double Gain(RlParameters p, double baseGpqa, double ceiling, double rolloutFlop, double pretrainFlop)
    {
        if (rolloutFlop <= 0 || pretrainFlop <= 0) return 0;
        double headroom = Math.Max(0, ceiling - baseGpqa);
        double midpoint = p.MidpointRatio * pretrainFlop;
        return p.Headroom * headroom / (1 + Math.Pow(midpoint / rolloutFlop, p.Steepness));
    }
}
