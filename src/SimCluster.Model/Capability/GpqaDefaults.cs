using SimCluster.Model.Scaling;

namespace SimCluster.Model.Capability;

/// <summary>
/// Loss-to-GPQA mappings, one per loss-constant set: the v1 readout, kept for <c>simcluster calibrate</c>'s loss-based
/// fit and its comparison with the capability route; the simulator reads GPQA off the capability K instead
/// (<see cref="Readouts.ReadoutSet"/>). Provenance: produced by
/// <c>simcluster calibrate --constants NAME</c> on <c>data/gpqa-calibration.csv</c> (docs/model.md §13),
/// design form, with the Epoch slope prior (+12 ± 1.5 points per 10x, 1e24-1e27 FLOP) and algorithmic
/// progress at its default (1 in 2024, 8-month doubling then, slowing smoothly); rounded to 4 significant digits.
/// besiroglu2024: s = 1.929 ± 0.33, ℓ_mid = 0.04933 ± 0.0046 nats, R² 0.52 on four base models, slope 11.7/decade.
/// hoffmann2022: s = 2.245 ± 0.39, ℓ_mid = 0.089 ± 0.0075 nats, R² 0.49, slope 11.7/decade.
/// The test GpqaDefaultsTests re-runs the fit and fails if these drift.
/// </summary>
public static class GpqaDefaults
{
    /// <summary>Fit for besiroglu2024 (s, ℓ_mid).</summary>
    public static LossGapGpqaMapping Besiroglu2024 { get; } = new(Steepness: 1.929, MidpointGap: 0.04933, IrreducibleLoss: LossConstants.Besiroglu2024.E);

    /// <summary>Fit for hoffmann2022 (s, ℓ_mid).</summary>
    public static LossGapGpqaMapping Hoffmann2022 { get; } = new(Steepness: 2.245, MidpointGap: 0.089, IrreducibleLoss: LossConstants.Hoffmann2022.E);

    /// <summary>The default mapping for a constant set.</summary>
    public static LossGapGpqaMapping For(LossConstants constants) => constants.Name switch
    {
        "hoffmann2022" => Hoffmann2022,
        "besiroglu2024" => Besiroglu2024,
        _ => throw new ArgumentException($"no calibrated GPQA mapping for constants '{constants.Name}'", nameof(constants)),
    };
}
