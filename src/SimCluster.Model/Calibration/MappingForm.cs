namespace SimCluster.Model.Calibration;

/// <summary>Which loss-to-GPQA mapping a calibration fits (docs/model.md §12-13).</summary>
public enum MappingForm
{
    /// <summary>The design's logistic in ln(L − E), floor 25, ceiling 100.</summary>
    LossGap,

    /// <summary>The seeds' logistic in plain loss, 100/(1 + exp(−g(L0 − L))).</summary>
    PlainLoss,
}
