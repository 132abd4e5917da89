namespace SimCluster.Model.Sweeps;

/// <summary>One bar of a tornado: an outcome for one lab with one parameter at its 10th and at its 90th percentile,
/// every other uncertain parameter at its median.</summary>
public sealed record TornadoRow(
    string Lab, string Parameter, double ValueP10, double ValueP90, double OutcomeAtP10, double OutcomeAtP90, double OutcomeAtMedians)
{
    /// <summary>|outcome at P90 − outcome at P10|; NaN when either never happened.</summary>
    public double Swing => Math.Abs(OutcomeAtP90 - OutcomeAtP10);
}
