using MathNet.Numerics.Distributions;

namespace SimCluster.Model.Randomness;

/// <summary>LogNormal: ln X ~ Normal(mu, sigma). Median e^mu.</summary>
public sealed record LogNormalDistribution(double Mu, double Sigma, double? Min = null, double? Max = null) : ParameterDistribution(Min, Max)
{
    /// <summary>From the median and the 90th percentile, the way ranges like "100T-1000T" are usually quoted.</summary>
    public static LogNormalDistribution FromMedianAndP90(double median, double p90, double? min = null, double? max = null) =>
        new(Math.Log(median), (Math.Log(p90) - Math.Log(median)) / Normal.InvCDF(0, 1, 0.9), min, max);

    /// <inheritdoc />
    public override string Kind => "lognormal";

    /// <inheritdoc />
    protected override string? ValidateOwn() =>
        !double.IsFinite(Mu) ? $"lognormal: mu must be finite; got {Mu}" :
        !Positive(Sigma) ? $"lognormal: sigma must be finite and > 0; got {Sigma}" : null;

    /// <inheritdoc />
    protected override double Cdf(double x) => x <= 0 ? 0 : double.IsPositiveInfinity(x) ? 1 : LogNormal.CDF(Mu, Sigma, x);

    /// <inheritdoc />
    protected override double InverseCdf(double p) => LogNormal.InvCDF(Mu, Sigma, p);
}
