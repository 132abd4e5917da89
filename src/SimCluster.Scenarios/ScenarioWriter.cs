using System.Globalization;
using System.Text;
using SimCluster.Model.Capability;
using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;
using SimCluster.Scenarios.Reading;
using SimCluster.Scenarios.Writing;
using static SimCluster.Scenarios.Writing.YamlScalars;

namespace SimCluster.Scenarios;

/// <summary>
/// Writes <c>scenario.resolved.yaml</c>: every parameter of a <see cref="ScenarioSpec"/> explicit (no presets, no
/// omitted defaults), doubles in shortest round-trip form, under a header naming the program version and the seed.
/// <see cref="ScenarioLoader"/> reads it back to an equal spec, so a run can be reproduced from its outputs.
/// Uncertain parameters (<see cref="ScenarioSpec.Uncertain"/>) are written as their distribution maps.
/// </summary>
public static class ScenarioWriter
{
    // Optional values that are off are written as an explicit null, not left out: every parameter is visible.
    private const string NoValue = "null";

    /// <summary>The resolved scenario as YAML text (LF line endings).</summary>
    /// <param name="spec">The scenario to write.</param>
    /// <param name="description">Free text kept with it; omitted when null.</param>
    /// <param name="programVersion">Version of the program that resolved it, for the header.</param>
    public static string Write(ScenarioSpec spec, string? description, string programVersion)
    {
        var root = new YamlBlock().Add("name", String(spec.Name));
        if (description is not null) root.Add("description", String(description));
        root.Add("start_year", spec.StartYear)
            .Add("end_year", spec.EndYear)
            .Add("step_months", spec.StepMonths)
            .Add("seed", Unsigned(spec.Seed))
            .Add("world", World(spec.World))
            .Add("sources", spec.Sources.Select(Source))
            .Add("clusters", spec.Clusters.Select(Cluster))
            .Add("labs", spec.Labs.Select(Lab));
        // Uncertain parameters are written as their distributions, where the nominal value would be.
        foreach (var u in spec.Uncertain) root.Replace(u.Path, DistributionText.Of(u.Distribution));

        var text = new StringBuilder()
            .Append("# scenario.resolved.yaml, written by simcluster ").Append(OneLine(programVersion)).Append('\n')
            .Append("# Every parameter explicit (no presets, no defaults); loading this file reproduces the run, seed ")
            .Append(Unsigned(spec.Seed)).Append(".\n");
        if (spec.Uncertain.Count > 0)
            text.Append("# ").Append(spec.Uncertain.Count.ToString(CultureInfo.InvariantCulture))
                .Append(" parameters are distributions: replicate r draws each from (seed, r, its path); their nominal values are the medians.\n");
        root.Render(text, 0);
        return text.ToString();
    }

    private static YamlBlock World(WorldParameters w)
    {
        var c = w.Constants;
        return new YamlBlock()
            .Add("loss_constants", new YamlBlock().Add("name", String(c.Name)).Add("irreducible_loss_nats", c.E)
                .Add("a", c.A).Add("b", c.B).Add("alpha", c.Alpha).Add("beta", c.Beta))
            .Add("gpqa_mapping", Mapping(w.Mapping))
            .Add("algorithmic_progress", new YamlBlock().Add("doubling_months", w.Progress.DoublingMonths).Add("max_multiplier", w.Progress.MaxMultiplier))
            .Add("synthetic", new YamlBlock()
                .Add("verification_factor", w.Synthetic.VerificationFactor)
                .Add("generator_fraction", w.Synthetic.GeneratorFraction)
                .Add("saturation_sigma", w.Synthetic.SaturationSigma)
                .Add("quality", w.Synthetic.Quality)
                .Add("collapse_kappa_nats_per_generation", w.Synthetic.CollapseKappa))
            .Add("rl", new YamlBlock()
                .Add("headroom_fraction", w.Rl.Headroom)
                .Add("midpoint_ratio", w.Rl.MidpointRatio)
                .Add("steepness", w.Rl.Steepness)
                .Add("environment_cost_multiple", w.Rl.EnvironmentCostMultiple))
            .Add("test_time", new YamlBlock().Add("thinking_multiplier", w.TestTime.ThinkingMultiplier).Add("points_per_decade", w.TestTime.PointsPerDecade));
    }

    private static YamlBlock Mapping(IGpqaMapping mapping) => mapping switch
    {
        LossGapGpqaMapping g => new YamlBlock().Add("form", Vocabulary.LossGapForm).Add("steepness", g.Steepness)
            .Add("midpoint_gap_nats", g.MidpointGap).Add("irreducible_loss_nats", g.IrreducibleLoss)
            .Add("floor_percent", g.Floor).Add("ceiling_percent", g.Ceiling),
        PlainLossGpqaMapping p => new YamlBlock().Add("form", Vocabulary.PlainLossForm).Add("slope_per_nat", p.Slope)
            .Add("midpoint_loss_nats", p.MidpointLoss).Add("ceiling_percent", p.Ceiling),
        _ => throw new ArgumentException($"the scenario format has no form for the GPQA mapping {mapping.GetType().Name}", nameof(mapping)),
    };

    private static YamlBlock Source(DataSourceParameters s) => new YamlBlock()
        .Add("name", String(s.Name))
        .Add("initial_stock_tokens", s.InitialStockTokens)
        .Add("growth_fraction_per_year", s.GrowthPerYear)
        .Add("new_tokens_per_year", s.NewTokensPerYear)
        .Add("quality", s.Quality)
        .Add("rivalry", Vocabulary.Name(s.Rivalry))
        .Add("price_usd_per_token", s.PriceUsdPerToken)
        .Add("first_year", s.FirstYear);

    private static YamlBlock Cluster(ClusterSpec c) => new YamlBlock()
        .Add("name", String(c.Name))
        .Add("initial_gpus", c.InitialGpus)
        .Add("power_cap_mw", c.PowerCapMw is { } cap ? Number(cap) : NoValue)
        .Add("hardware", Hardware(c.Hardware));

    private static YamlBlock Hardware(HardwareParameters h) => new YamlBlock()
        .Add("peak_flops_per_gpu", h.PeakFlopsPerGpu0)
        .Add("peak_flops_doubling_years", h.PeakFlopsDoublingYears)
        .Add("price_performance_doubling_years", h.PricePerformanceDoublingYears)
        .Add("gpu_price_usd", h.GpuPriceUsd0)
        .Add("efficiency_doubling_years", h.EfficiencyDoublingYears)
        .Add("power_per_gpu_kw", h.PowerPerGpuKw0)
        .Add("mfu", h.Mfu)
        .Add("pue", h.Pue)
        .Add("retirement_years", h.RetirementYears);

    private static YamlBlock Lab(LabSpec l) => new YamlBlock()
        .Add("name", String(l.Name))
        .Add("cluster", String(l.Cluster))
        .Add("sources", l.Sources.Select(String))
        .Add("strategy", Strategy(l.Strategy))
        .Add("budget", Budget(l.Budget))
        .Add("initial_params", l.InitialParams)
        .Add("initial_tokens", l.InitialTokens);

    private static YamlBlock Strategy(LabStrategy s)
    {
        var block = new YamlBlock()
            .Add("name", String(s.Name))
            .Add("shares", Shares(s.Shares))
            .Add("allocation", String(s.Allocation.ToString()))
            .Add("synthetic_mode", Vocabulary.Name(s.SyntheticMode))
            .Add("training_run_months", s.TrainingRunMonths);
        return s.SharesWhenDataShort is { } shortShares ? block.Add("shares_when_data_short", Shares(shortShares)) : block.Add("shares_when_data_short", NoValue);
    }

    private static YamlBlock Shares(ComputeShares s) =>
        new YamlBlock().Add("pretrain", s.Pretrain).Add("synthetic", s.Synthetic).Add("rl", s.Rl).Add("inference", s.Inference);

    private static YamlBlock Budget(BudgetParameters b) => new YamlBlock()
        .Add("initial_usd_per_year", b.InitialUsdPerYear)
        .Add("growth_factor_per_year", b.GrowthPerYear)
        .Add("growth_factor_per_year_after_break", b.GrowthPerYearAfterBreak)
        .Add("break_year", b.BreakYear)
        .Add("energy_price_usd_per_kwh", b.EnergyPriceUsdPerKwh);

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");
}
