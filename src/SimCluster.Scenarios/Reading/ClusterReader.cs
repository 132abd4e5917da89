using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Reading;

/// <summary>Reads one item of <c>clusters</c> and its optional <c>hardware</c> block.</summary>
internal static class ClusterReader
{
    private static readonly ClusterSpec Defaults = new("", HardwareParameters.Default);

    public static ClusterSpec? Read(YamlNode node, string path, ErrorSink errors)
    {
        if (MapReader.AsMap(node, path, ScenarioKeys.Cluster, errors) is not { } m) return null;
        return new ClusterSpec(
            m.RequiredString("name", "a unique cluster name"),
            Hardware(m.Map("hardware", ScenarioKeys.Hardware)),
            m.Number("initial_gpus", Defaults.InitialGpus),
            m.OptionalNumber("power_cap_mw"),
            m.Number("build_rate_per_year", Defaults.BuildRatePerYear),
            m.Number("min_build_mw_per_year", Defaults.MinBuildMwPerYear));
    }

    private static HardwareParameters Hardware(MapReader? m)
    {
        var d = HardwareParameters.Default;
        if (m is null) return d;
        return new HardwareParameters(
            m.Number("peak_flops_per_gpu", d.PeakFlopsPerGpu0),
            m.Number("peak_flops_doubling_years", d.PeakFlopsDoublingYears),
            m.Number("price_performance_doubling_years", d.PricePerformanceDoublingYears),
            m.Number("gpu_price_usd", d.GpuPriceUsd0),
            m.Number("accelerator_overhead", d.AcceleratorOverhead),
            m.Number("power_per_gpu_kw", d.PowerPerGpuKw0),
            m.Number("power_growth_per_year", d.PowerGrowthPerYear),
            m.Number("flop_per_joule_limit", d.FlopPerJouleLimit),
            m.Number("mfu", d.Mfu),
            m.Number("pue", d.Pue),
            m.Number("retirement_years", d.RetirementYears));
    }
}
