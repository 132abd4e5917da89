using SimCluster.Model.Capability;
using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Simulation;

namespace SimCluster.Model.Scenarios;

/// <summary>
/// Every numeric parameter a sweep may vary, by its path in the scenario file layout. Structural numbers (years,
/// step length, seed) and compute shares (which must sum to 1) are not in the table: varying them would change
/// the run's shape or break its constraints rather than express uncertainty about the world.
/// </summary>
public static class ScenarioParameters
{
    /// <summary>The parameters of <paramref name="spec"/>, in file order.</summary>
    public static IReadOnlyList<ScenarioParameter> Of(ScenarioSpec spec)
    {
        var all = new List<ScenarioParameter>();
        World(all, spec.World);
        for (int i = 0; i < spec.Sources.Count; i++) Source(all, i);
        for (int i = 0; i < spec.Clusters.Count; i++) Cluster(all, i);
        for (int i = 0; i < spec.Labs.Count; i++) Lab(all, i);
        return all;
    }

    /// <summary>The parameter at <paramref name="path"/>, or null; <paramref name="known"/> lists every valid path.</summary>
    public static ScenarioParameter? Find(ScenarioSpec spec, string path, out IReadOnlyList<string> known)
    {
        var all = Of(spec);
        known = all.Select(p => p.Path).ToArray();
        return all.FirstOrDefault(p => p.Path == path);
    }

    private static void World(List<ScenarioParameter> all, WorldParameters w)
    {
        void Add(string path, Func<WorldParameters, double> get, Func<WorldParameters, double, WorldParameters> set) =>
            all.Add(new($"world.{path}", s => get(s.World), (s, v) => s with { World = set(s.World, v) }));

        Add("loss_constants.irreducible_loss_nats", w => w.Constants.E, (w, v) => w with { Constants = w.Constants with { E = v } });
        Add("loss_constants.a", w => w.Constants.A, (w, v) => w with { Constants = w.Constants with { A = v } });
        Add("loss_constants.b", w => w.Constants.B, (w, v) => w with { Constants = w.Constants with { B = v } });
        Add("loss_constants.alpha", w => w.Constants.Alpha, (w, v) => w with { Constants = w.Constants with { Alpha = v } });
        Add("loss_constants.beta", w => w.Constants.Beta, (w, v) => w with { Constants = w.Constants with { Beta = v } });
        switch (w.Mapping)
        {
            case LossGapGpqaMapping:
                Add("gpqa_mapping.steepness", w => Gap(w).Steepness, (w, v) => w with { Mapping = Gap(w) with { Steepness = v } });
                Add("gpqa_mapping.midpoint_gap_nats", w => Gap(w).MidpointGap, (w, v) => w with { Mapping = Gap(w) with { MidpointGap = v } });
                break;
            case PlainLossGpqaMapping:
                Add("gpqa_mapping.slope_per_nat", w => Plain(w).Slope, (w, v) => w with { Mapping = Plain(w) with { Slope = v } });
                Add("gpqa_mapping.midpoint_loss_nats", w => Plain(w).MidpointLoss, (w, v) => w with { Mapping = Plain(w) with { MidpointLoss = v } });
                break;
        }
        Add("algorithmic_progress.doubling_months", w => w.Progress.DoublingMonths, (w, v) => w with { Progress = w.Progress with { DoublingMonths = v } });
        Add("algorithmic_progress.max_multiplier", w => w.Progress.MaxMultiplier, (w, v) => w with { Progress = w.Progress with { MaxMultiplier = v } });
        Add("synthetic.verification_factor", w => w.Synthetic.VerificationFactor, (w, v) => w with { Synthetic = w.Synthetic with { VerificationFactor = v } });
        Add("synthetic.generator_fraction", w => w.Synthetic.GeneratorFraction, (w, v) => w with { Synthetic = w.Synthetic with { GeneratorFraction = v } });
        Add("synthetic.saturation_sigma", w => w.Synthetic.SaturationSigma, (w, v) => w with { Synthetic = w.Synthetic with { SaturationSigma = v } });
        Add("synthetic.quality", w => w.Synthetic.Quality, (w, v) => w with { Synthetic = w.Synthetic with { Quality = v } });
        Add("synthetic.collapse_kappa_nats_per_generation", w => w.Synthetic.CollapseKappa, (w, v) => w with { Synthetic = w.Synthetic with { CollapseKappa = v } });
        Add("rl.headroom_fraction", w => w.Rl.Headroom, (w, v) => w with { Rl = w.Rl with { Headroom = v } });
        Add("rl.midpoint_ratio", w => w.Rl.MidpointRatio, (w, v) => w with { Rl = w.Rl with { MidpointRatio = v } });
        Add("rl.steepness", w => w.Rl.Steepness, (w, v) => w with { Rl = w.Rl with { Steepness = v } });
        Add("rl.environment_cost_multiple", w => w.Rl.EnvironmentCostMultiple, (w, v) => w with { Rl = w.Rl with { EnvironmentCostMultiple = v } });
        Add("test_time.thinking_multiplier", w => w.TestTime.ThinkingMultiplier, (w, v) => w with { TestTime = w.TestTime with { ThinkingMultiplier = v } });
        Add("test_time.points_per_decade", w => w.TestTime.PointsPerDecade, (w, v) => w with { TestTime = w.TestTime with { PointsPerDecade = v } });
    }

    private static LossGapGpqaMapping Gap(WorldParameters w) => (LossGapGpqaMapping)w.Mapping;

    private static PlainLossGpqaMapping Plain(WorldParameters w) => (PlainLossGpqaMapping)w.Mapping;

    private static void Source(List<ScenarioParameter> all, int i)
    {
        void Add(string field, Func<DataSourceParameters, double> get, Func<DataSourceParameters, double, DataSourceParameters> set) =>
            all.Add(new($"sources[{i}].{field}", s => get(s.Sources[i]), (s, v) => s with { Sources = Replace(s.Sources, i, x => set(x, v)) }));

        Add("initial_stock_tokens", p => p.InitialStockTokens, (p, v) => p with { InitialStockTokens = v });
        Add("growth_fraction_per_year", p => p.GrowthPerYear, (p, v) => p with { GrowthPerYear = v });
        Add("new_tokens_per_year", p => p.NewTokensPerYear, (p, v) => p with { NewTokensPerYear = v });
        Add("quality", p => p.Quality, (p, v) => p with { Quality = v });
        Add("price_usd_per_token", p => p.PriceUsdPerToken, (p, v) => p with { PriceUsdPerToken = v });
    }

    private static void Cluster(List<ScenarioParameter> all, int i)
    {
        void Add(string field, Func<ClusterSpec, double> get, Func<ClusterSpec, double, ClusterSpec> set) =>
            all.Add(new($"clusters[{i}].{field}", s => get(s.Clusters[i]), (s, v) => s with { Clusters = Replace(s.Clusters, i, x => set(x, v)) }));
        void Hw(string field, Func<HardwareParameters, double> get, Func<HardwareParameters, double, HardwareParameters> set) =>
            Add($"hardware.{field}", c => get(c.Hardware), (c, v) => c with { Hardware = set(c.Hardware, v) });

        Add("initial_gpus", c => c.InitialGpus, (c, v) => c with { InitialGpus = v });
        Add("power_cap_mw", c => c.PowerCapMw ?? double.PositiveInfinity, (c, v) => c with { PowerCapMw = double.IsPositiveInfinity(v) ? null : v });
        Hw("peak_flops_per_gpu", h => h.PeakFlopsPerGpu0, (h, v) => h with { PeakFlopsPerGpu0 = v });
        Hw("peak_flops_doubling_years", h => h.PeakFlopsDoublingYears, (h, v) => h with { PeakFlopsDoublingYears = v });
        Hw("price_performance_doubling_years", h => h.PricePerformanceDoublingYears, (h, v) => h with { PricePerformanceDoublingYears = v });
        Hw("gpu_price_usd", h => h.GpuPriceUsd0, (h, v) => h with { GpuPriceUsd0 = v });
        Hw("efficiency_doubling_years", h => h.EfficiencyDoublingYears, (h, v) => h with { EfficiencyDoublingYears = v });
        Hw("power_per_gpu_kw", h => h.PowerPerGpuKw0, (h, v) => h with { PowerPerGpuKw0 = v });
        Hw("mfu", h => h.Mfu, (h, v) => h with { Mfu = v });
        Hw("pue", h => h.Pue, (h, v) => h with { Pue = v });
        Hw("retirement_years", h => h.RetirementYears, (h, v) => h with { RetirementYears = v });
    }

    private static void Lab(List<ScenarioParameter> all, int i)
    {
        void Add(string field, Func<LabSpec, double> get, Func<LabSpec, double, LabSpec> set) =>
            all.Add(new($"labs[{i}].{field}", s => get(s.Labs[i]), (s, v) => s with { Labs = Replace(s.Labs, i, x => set(x, v)) }));
        void Budget(string field, Func<BudgetParameters, double> get, Func<BudgetParameters, double, BudgetParameters> set) =>
            Add($"budget.{field}", l => get(l.Budget), (l, v) => l with { Budget = set(l.Budget, v) });

        Add("strategy.training_run_months", l => l.Strategy.TrainingRunMonths, (l, v) => l with { Strategy = l.Strategy with { TrainingRunMonths = v } });
        Budget("initial_usd_per_year", b => b.InitialUsdPerYear, (b, v) => b with { InitialUsdPerYear = v });
        Budget("growth_factor_per_year", b => b.GrowthPerYear, (b, v) => b with { GrowthPerYear = v });
        Budget("growth_factor_per_year_after_break", b => b.GrowthPerYearAfterBreak, (b, v) => b with { GrowthPerYearAfterBreak = v });
        Budget("break_year", b => b.BreakYear, (b, v) => b with { BreakYear = v });
        Budget("energy_price_usd_per_kwh", b => b.EnergyPriceUsdPerKwh, (b, v) => b with { EnergyPriceUsdPerKwh = v });
        Add("initial_params", l => l.InitialParams, (l, v) => l with { InitialParams = v });
        Add("initial_tokens", l => l.InitialTokens, (l, v) => l with { InitialTokens = v });
    }

    private static T[] Replace<T>(IReadOnlyList<T> items, int index, Func<T, T> change)
    {
        var copy = items.ToArray();
        copy[index] = change(copy[index]);
        return copy;
    }
}
