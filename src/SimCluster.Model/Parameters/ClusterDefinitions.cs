using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;
using static SimCluster.Model.Parameters.Define;
using R = SimCluster.Model.Scenarios.ScenarioRanges;

namespace SimCluster.Model.Parameters;

/// <summary>An item of <c>clusters</c> and its <c>hardware</c> trends.</summary>
internal static class ClusterDefinitions
{
    private static readonly Lens<ClusterSpec> C = Lenses.Cluster;
    private static readonly Lens<HardwareParameters> H = C.Then(c => c.Hardware, (c, h) => c with { Hardware = h });
    private const string Trends = "Epoch AI, ML hardware trends; Hobbhahn & Besiroglu 2022";

    public static IEnumerable<Parameter> All() =>
    [
        Text("clusters.<cluster>.name", C, c => c.Name, "a unique cluster name (labs refer to it)", "required", required: true),
        Number("clusters.<cluster>.initial_gpus", C, c => c.InitialGpus, (c, v) => c with { InitialGpus = v },
            "GPUs installed at start_year", "GPUs", R.Gpus, "16000", "Meta: Llama 3.1 405B trained on 16,000 H100s"),
        new Parameter
        {
            Key = "clusters.<cluster>.power_cap_mw", Kind = ParameterKind.Number, Description = "the site's power limit (null: none)", Unit = "MW",
            Range = R.PowerCapMw, Default = "null (no cap)", Source = "Epoch AI 2024: 1-5 GW campuses by 2030", Variable = true, Nullable = true,
            Get = (s, e) => C.Read(s, e).PowerCapMw,
            // A sweep or override of +∞ means no cap, which the spec writes as null.
            Set = (s, e, v) => C.Update(s, e, c => c with { PowerCapMw = double.IsPositiveInfinity(v) ? null : v }),
        },
        Number("clusters.<cluster>.build_rate_per_year", C, c => c.BuildRatePerYear, (c, v) => c with { BuildRatePerYear = v },
            "x_build: installed power may grow at most this factor a year (or by the minimum increment, if more); money it stops is banked", "factor/yr", R.BuildRate, "2.0",
            "Pilz et al. 2025: leading AI supercomputers' power and hardware cost grow ~2x/yr"),
        Number("clusters.<cluster>.min_build_mw_per_year", C, c => c.MinBuildMwPerYear, (c, v) => c with { MinBuildMwPerYear = v },
            "power a cluster may add in a year however small it is: installed power may grow by max(x_build, this); money it stops is banked", "MW/yr", R.MinBuildMw, "50", "assumption (one large data-centre hall a year)"),
        Section("clusters.<cluster>.hardware", "the GPUs' trends, anchored at calendar 2024 whatever the start year; every field defaults to an H100-class GPU", "H100-class"),
        Number("clusters.<cluster>.hardware.peak_flops_per_gpu", H, h => h.PeakFlopsPerGpu0, (h, v) => h with { PeakFlopsPerGpu0 = v },
            "f0, peak FLOP/s of a GPU bought in 2024", "FLOP/s", R.PeakFlops, "1e15", "seed documents (H100 BF16)"),
        Number("clusters.<cluster>.hardware.peak_flops_doubling_years", H, h => h.PeakFlopsDoublingYears, (h, v) => h with { PeakFlopsDoublingYears = v },
            "T_f, years for peak FLOP/s to double while FLOP per joule is far from its limit", "years", R.DoublingYears, "2.8", Trends),
        Number("clusters.<cluster>.hardware.price_performance_doubling_years", H, h => h.PricePerformanceDoublingYears, (h, v) => h with { PricePerformanceDoublingYears = v },
            "T_pp, years for FLOP/s per dollar to double", "years", R.DoublingYears, "2.5", "Hobbhahn & Besiroglu 2022 (2.46 yr, CI 2.24-2.72)"),
        Number("clusters.<cluster>.hardware.gpu_price_usd", H, h => h.GpuPriceUsd0, (h, v) => h with { GpuPriceUsd0 = v },
            "price of the chip of a GPU bought in 2024", "USD", R.GpuPrice, "30000", "seed documents (H100)"),
        Number("clusters.<cluster>.hardware.accelerator_overhead", H, h => h.AcceleratorOverhead, (h, v) => h with { AcceleratorOverhead = v },
            "servers and networking per USD of chips: a deployed GPU costs the chip times (1 + this)", "fraction", R.AcceleratorOverhead, "0.45",
            "Cottier et al. 2024: server components 15-22%, interconnect 9-13% of hardware cost; the rest an assumption"),
        Number("clusters.<cluster>.hardware.power_per_gpu_kw", H, h => h.PowerPerGpuKw0, (h, v) => h with { PowerPerGpuKw0 = v },
            "power of a GPU bought in 2024, node overhead included", "kW", R.GpuPowerKw, "1.0", "seed documents (7.9 kW per 8-GPU H100 node)"),
        Number("clusters.<cluster>.hardware.power_growth_per_year", H, h => h.PowerGrowthPerYear, (h, v) => h with { PowerGrowthPerYear = v },
            "g_p, the yearly growth of power per GPU", "fraction/yr", R.PowerGrowth, "0.03", "Epoch AI, Sep 2024: power per GPU rises a few percent a year"),
        Number("clusters.<cluster>.hardware.flop_per_joule_limit", H, h => h.FlopPerJouleLimit, (h, v) => h with { FlopPerJouleLimit = v },
            "the CMOS limit peak FLOP per joule approaches smoothly; past it FLOP/s grows only as power does", "FLOP/J", R.FlopPerJoule, "4.7e15",
            "Ho, Erdil & Besiroglu 2023 (FP4 geometric mean; 50-1000x above 2023 hardware)"),
        Number("clusters.<cluster>.hardware.mfu", H, h => h.Mfu, (h, v) => h with { Mfu = v },
            "model FLOP utilisation", "fraction", R.Mfu, "0.4", "Meta: Llama 3.1 405B at 38-43%"),
        Number("clusters.<cluster>.hardware.pue", H, h => h.Pue, (h, v) => h with { Pue = v },
            "power usage effectiveness", "", R.Pue, "1.0", "assumption (node overhead is in the power per GPU)"),
        Number("clusters.<cluster>.hardware.retirement_years", H, h => h.RetirementYears, (h, v) => h with { RetirementYears = v },
            "years a GPU serves before it is retired", "years", R.RetirementYears, "4", "assumption"),
    ];
}
