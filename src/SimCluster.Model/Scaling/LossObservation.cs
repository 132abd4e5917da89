namespace SimCluster.Model.Scaling;

/// <summary>One training run: parameters, training FLOP and final loss (tokens are FLOP/(6N)).</summary>
public readonly record struct LossObservation(double Params, double Flop, double Loss)
{
    /// <summary>D = C/(6N).</summary>
    public double Tokens => Flop / (6 * Params);
}
