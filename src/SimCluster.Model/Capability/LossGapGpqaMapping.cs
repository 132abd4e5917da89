using MathNet.Numerics;

namespace SimCluster.Model.Capability;

/// <summary>
/// The design's mapping (docs/model.md §12): a logistic in the log of the reducible loss,
/// G = G_floor + (G_ceil − G_floor)/(1 + exp(s·(ln(L − E) − ln ℓ_mid))); G_floor = 25 (four-choice chance), G_ceil = 100.
/// </summary>
/// <param name="Steepness">s: GPQA steepness per unit of ln(L − E).</param>
/// <param name="MidpointGap">ℓ_mid: reducible loss L − E at the midpoint score.</param>
/// <param name="IrreducibleLoss">E of the loss constants the mapping was fitted with.</param>
/// <param name="Floor">G_floor.</param>
/// <param name="Ceiling">G_ceil.</param>
public sealed record LossGapGpqaMapping(double Steepness, double MidpointGap, double IrreducibleLoss, double Floor = 25, double Ceiling = 100) : IGpqaMapping
{
    /// <inheritdoc />
    public double Gpqa(double loss)
    {
        double gap = loss - IrreducibleLoss;
        if (gap <= 0) return Ceiling;
        double z = Steepness * (Math.Log(gap) - Math.Log(MidpointGap));
        double share = SpecialFunctions.Logistic(-z); // 1/(1 + e^z)
        return Floor + (Ceiling - Floor) * share;
    }

    /// <inheritdoc />
    public double LossFor(double gpqa)
    {
        if (!(gpqa > Floor && gpqa < Ceiling)) throw new ArgumentOutOfRangeException(nameof(gpqa), gpqa, $"GPQA must be in ({Floor}, {Ceiling})");
        double z = Math.Log((Ceiling - Floor) / (gpqa - Floor) - 1);
        return IrreducibleLoss + MidpointGap * Math.Exp(z / Steepness);
    }
}
