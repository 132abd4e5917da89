using MathNet.Numerics.Distributions;

namespace SimCluster.Model.Randomness;

/// <summary>Normal(mean, sd).</summary>
public sealed record NormalDistribution(double Mean, double StdDev, double? Min = null, double? Max = null) : ParameterDistribution(Min, Max)
{
    /// <inheritdoc />
    public override string Kind => "normal";

    /// <inheritdoc />
    protected override string? ValidateOwn() =>
        !double.IsFinite(Mean) ? $"normal: mean must be finite; got {Mean}" :
        !Positive(StdDev) ? $"normal: sd must be finite and > 0; got {StdDev}" : null;

    /// <inheritdoc />
    protected override double Cdf(double x) => Normal.CDF(Mean, StdDev, x);

    /// <inheritdoc />
    protected override double InverseCdf(double p) => Normal.InvCDF(Mean, StdDev, p);
}
