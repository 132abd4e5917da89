namespace SimCluster.Model.Calibration;

/// <summary>One published model in the GPQA calibration table (docs/model.md §13).</summary>
/// <param name="Model">Model name.</param>
/// <param name="Gpqa">GPQA Diamond score in percent.</param>
/// <param name="TrainFlop">Pretraining FLOP, if known.</param>
/// <param name="Params">Parameters (active, for mixtures of experts), if known.</param>
/// <param name="Tokens">Training tokens, if known.</param>
/// <param name="RlFlop">RL post-training FLOP, if known.</param>
/// <param name="ReleaseYear">Decimal year of release (for algorithmic progress).</param>
/// <param name="RlHeavy">Whether the score owes much to RL post-training; such points are left out of the base-model fit.</param>
/// <param name="Source">Where the numbers come from.</param>
/// <param name="Line">Line in the source file, for error messages.</param>
public sealed record CalibrationPoint(
    string Model, double Gpqa, double? TrainFlop, double? Params, double? Tokens, double? RlFlop,
    double ReleaseYear, bool RlHeavy, string Source, int Line = 0)
{
    /// <summary>Whether the point can enter the base-model fit: not RL-heavy and with a known training compute.</summary>
    public bool IsBaseModelPoint => !RlHeavy && TrainFlop is > 0;

    /// <summary>
    /// (N, D) for the loss law: both when known; N = C/(6D) when only D is (GPT-4's 1.8T total parameters
    /// are a mixture, so the compute-equivalent dense size is used); D = C/(6N) when only N is; else the
    /// compute-optimal split of the given constants.
    /// </summary>
    public (double Params, double Tokens) ResolveSize(Scaling.LossConstants constants)
    {
        double c = TrainFlop ?? throw new InvalidOperationException($"{Model}: training compute unknown");
        return (Params, Tokens) switch
        {
            ({ } n, { } d) => (n, d),
            (null, { } d) => (c / (6 * d), d),
            ({ } n, null) => (n, c / (6 * n)),
            _ => Scaling.ChinchillaLaw.ComputeOptimal(constants, c),
        };
    }
}
