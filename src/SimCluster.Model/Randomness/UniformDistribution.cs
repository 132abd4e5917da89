using MathNet.Numerics.Distributions;

namespace SimCluster.Model.Randomness;

/// <summary>Uniform on [lower, upper].</summary>
public sealed record UniformDistribution(double Lower, double Upper, double? Min = null, double? Max = null) : ParameterDistribution(Min, Max)
{
    /// <inheritdoc />
    public override string Kind => "uniform";

    /// <inheritdoc />
    protected override string? ValidateOwn() =>
        !(double.IsFinite(Lower) && double.IsFinite(Upper)) ? "uniform: lower and upper must be finite" :
        !(Lower < Upper) ? $"uniform: lower must be < upper; got {Lower}, {Upper}" : null;

    /// <inheritdoc />
    protected override double Cdf(double x) => x <= Lower ? 0 : x >= Upper ? 1 : ContinuousUniform.CDF(Lower, Upper, x);

    /// <inheritdoc />
    protected override double InverseCdf(double p) => ContinuousUniform.InvCDF(Lower, Upper, p);
}
