using MathNet.Numerics;

namespace SimCluster.Model.Capability;

/// <summary>
/// The seed documents' alternative mapping on plain loss: G = G_ceil/(1 + exp(−g·(L0 − L))), G_ceil = 100.
/// It ignores the irreducible loss and can fall below four-choice chance; offered for comparison (docs/model.md §12).
/// </summary>
/// <param name="Slope">g per nat.</param>
/// <param name="MidpointLoss">L0: the loss at 50%.</param>
/// <param name="Ceiling">G_ceil.</param>
public sealed record PlainLossGpqaMapping(double Slope, double MidpointLoss, double Ceiling = 100) : IGpqaMapping
{
    /// <inheritdoc />
    public double Floor => 0;

    /// <inheritdoc />
    public double Gpqa(double loss)
    {
        double z = -Slope * (MidpointLoss - loss);
        double share = SpecialFunctions.Logistic(-z); // 1/(1 + e^z)
        return Ceiling * share;
    }

    /// <inheritdoc />
    public double LossFor(double gpqa)
    {
        if (!(gpqa > Floor && gpqa < Ceiling)) throw new ArgumentOutOfRangeException(nameof(gpqa), gpqa, $"GPQA must be in ({Floor}, {Ceiling})");
        return MidpointLoss + Math.Log(Ceiling / gpqa - 1) / Slope;
    }
}
