using MathNet.Numerics.Distributions;

namespace SimCluster.Model.Randomness;

/// <summary>Triangular(lower, mode, upper).</summary>
public sealed record TriangularDistribution(double Lower, double Mode, double Upper, double? Min = null, double? Max = null) : ParameterDistribution(Min, Max)
{
    /// <inheritdoc />
    public override string Kind => "triangular";

    /// <inheritdoc />
    protected override string? ValidateOwn() =>
        !(double.IsFinite(Lower) && double.IsFinite(Mode) && double.IsFinite(Upper)) ? "triangular: lower, mode and upper must be finite" :
        !(Lower < Upper) ? $"triangular: lower must be < upper; got {Lower}, {Upper}" :
        !(Mode >= Lower && Mode <= Upper) ? $"triangular: mode must be in [lower, upper] = [{Lower}, {Upper}]; got {Mode}" : null;

    /// <inheritdoc />
    protected override double Cdf(double x) => x <= Lower ? 0 : x >= Upper ? 1 : Triangular.CDF(Lower, Upper, Mode, x);

    /// <inheritdoc />
    protected override double InverseCdf(double p) => Triangular.InvCDF(Lower, Upper, Mode, p);
}
