using FsCheck;
using FsCheck.Fluent;

namespace SimCluster.Model.Tests.Properties;

/// <summary>Generators for the model's property tests: log-uniform magnitudes and unit fractions.</summary>
internal static class Gens
{
    /// <summary>10^x with x uniform in [lo, hi] (on a grid of 1e-4 decades).</summary>
    public static Gen<double> LogUniform(double lo, double hi) =>
        Gen.Choose(0, 10_000).Select(i => Math.Pow(10, lo + (hi - lo) * i / 10_000.0));

    /// <summary>Uniform in [lo, hi] on a grid of 1e-4 of the span.</summary>
    public static Gen<double> Uniform(double lo, double hi) =>
        Gen.Choose(0, 10_000).Select(i => lo + (hi - lo) * i / 10_000.0);
}
