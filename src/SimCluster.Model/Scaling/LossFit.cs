namespace SimCluster.Model.Scaling;

/// <summary>How well a constant set predicts observed losses (docs/model.md §16.6).</summary>
public static class LossFit
{
    /// <summary>Root-mean-square error of L(N, D) over the observations with loss below <paramref name="maxLoss"/>.</summary>
    public static double Rmse(IEnumerable<LossObservation> observations, LossConstants c, double maxLoss = double.PositiveInfinity)
    {
        double sum = 0;
        int n = 0;
        foreach (var o in observations.Where(o => o.Loss < maxLoss))
        {
            double r = o.Loss - ChinchillaLaw.Loss(c, o.Params, o.Tokens);
            sum += r * r;
            n++;
        }
        return n == 0 ? double.NaN : Math.Sqrt(sum / n);
    }
}
