using SimCluster.Model.Hardware;

namespace SimCluster.Model.Scenarios;

/// <summary>A GPU cluster in a scenario: its hardware trends, starting fleet, growth limits and optional site power cap (docs/model.md §3).</summary>
/// <param name="Name">Unique cluster name.</param>
/// <param name="Hardware">Hardware trends and operating point.</param>
/// <param name="InitialGpus">GPUs of the start year's vintage in service at the start.</param>
/// <param name="PowerCapMw">Site power cap in MW; null for none.</param>
/// <param name="BuildRatePerYear">x_build: installed power may grow at most this factor a year (Pilz et al. 2025: leading AI supercomputers' power ~2x/yr).</param>
/// <param name="MinBuildMwPerYear">The power a cluster can add in a year whatever its size (assumption: 50 MW/yr, one large data-centre hall).</param>
public sealed record ClusterSpec(string Name, HardwareParameters Hardware, double InitialGpus = 16_000, double? PowerCapMw = null,
    double BuildRatePerYear = 2.0, double MinBuildMwPerYear = 50)
{
    /// <summary>The most installed power the cluster may have one step of <paramref name="stepYears"/> after having
    /// <paramref name="powerMw"/>: max(P·x^Δ, P + m·Δ), and never more than the site's cap. The minimum increment lets a
    /// small cluster add a hall a year; past P = m/(x − 1) (50 MW at the defaults) the build rate is what binds.</summary>
    public double MaxPowerAfter(double powerMw, double stepYears)
    {
        double built = Math.Max(powerMw * Math.Pow(BuildRatePerYear, stepYears), powerMw + MinBuildMwPerYear * stepYears);
        return PowerCapMw is { } cap ? Math.Min(cap, built) : built;
    }
}
