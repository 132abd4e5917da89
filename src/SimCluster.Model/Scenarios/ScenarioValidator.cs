using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Strategy;

namespace SimCluster.Model.Scenarios;

/// <summary>
/// Checks a <see cref="ScenarioSpec"/> before it runs: every number in its <see cref="ScenarioRanges"/> range, shares
/// summing to 1, time running forwards for at least one step and at most <see cref="ScenarioSpec.MaxSteps"/>, names
/// that are safe (<see cref="ScenarioNames"/>) and unique, and every reference resolving.
/// Returns every issue (in document order), not just the first, so a user fixes a file in one pass.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>All issues; empty when the scenario can run.</summary>
    public static IReadOnlyList<ScenarioIssue> Validate(ScenarioSpec s)
    {
        var v = new Collector();
        if (ScenarioNames.ScenarioProblem(s.Name) is { } nameProblem) v.Add("name", nameProblem);
        v.Check("start_year", s.StartYear, x => x >= 1900 && x <= 2300, "a year in [1900, 2300]");
        v.Check("end_year", s.EndYear, x => x > s.StartYear && x <= 2500, $"a year after start_year ({Num(s.StartYear)}) and at most 2500");
        v.Check("step_months", s.StepMonths, x => x > 0 && x <= 120, "a number of months in (0, 120]");
        if (s.EndYear > s.StartYear && s.StepMonths > 0 && s.Steps > ScenarioSpec.MaxSteps)
            v.Add("step_months", $"gives {s.Steps} steps; at most {ScenarioSpec.MaxSteps} allowed (lengthen the step or shorten the run)");
        // Steps round to the nearest whole step, so a run shorter than half a step would have none and write empty outputs.
        if (s.EndYear > s.StartYear && s.StepMonths > 0 && s.Steps < 1)
            v.Add("end_year", $"gives no step: {Num(s.EndYear)} is less than half a step of {Num(s.StepMonths)} month(s) after start_year " +
                $"({Num(s.StartYear)}); a run needs at least one step (move end_year later or shorten step_months)");

        Unique(v, "sources", s.Sources.Select(x => x.Name));
        for (int i = 0; i < s.Sources.Count; i++) Source(v, $"sources[{i}]", s.Sources[i]);
        Unique(v, "clusters", s.Clusters.Select(x => x.Name));
        for (int i = 0; i < s.Clusters.Count; i++) Cluster(v, $"clusters[{i}]", s.Clusters[i]);
        if (s.Labs.Count == 0) v.Add("labs", "at least one lab is required");
        Unique(v, "labs", s.Labs.Select(x => x.Name));
        var clusters = s.Clusters.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var sources = s.Sources.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < s.Labs.Count; i++) Lab(v, $"labs[{i}]", s.Labs[i], s.StepMonths, clusters, sources);
        v.Issues.AddRange(WorldValidator.Validate(s.World));
        Uncertain(v, s);
        if (s.World.StartYear != s.StartYear)
            v.Add("start_year", $"the world constants start in {Num(s.World.StartYear)} but the scenario in {Num(s.StartYear)}; they must agree");
        return v.Issues;
    }

    private static void Uncertain(Collector v, ScenarioSpec s)
    {
        var known = ScenarioParameters.Of(s).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var u in s.Uncertain)
        {
            if (!known.Contains(u.Path))
                v.Add(u.Path, "is not a parameter a sweep can vary (numbers of world, sources, clusters and labs can; years, step, seed and shares cannot)");
            else if (u.Distribution.Validate() is { } problem)
                v.Add(u.Path, problem);
        }
        foreach (var dup in s.Uncertain.GroupBy(u => u.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
            v.Add(dup.Key, "has more than one distribution");
    }

    private static void Source(Collector v, string at, DataSourceParameters p)
    {
        v.Name($"{at}.name", p.Name);
        v.Check($"{at}.initial_stock_tokens", p.InitialStockTokens, ScenarioRanges.StockTokens);
        v.Check($"{at}.growth_fraction_per_year", p.GrowthPerYear, ScenarioRanges.StockGrowth);
        v.Check($"{at}.new_tokens_per_year", p.NewTokensPerYear, ScenarioRanges.NewTokensPerYear);
        v.Check($"{at}.quality", p.Quality, ScenarioRanges.SourceQuality);
        v.Check($"{at}.price_usd_per_token", p.PriceUsdPerToken, ScenarioRanges.TokenPrice);
        if (double.IsNaN(p.FirstYear)) v.Add($"{at}.first_year", "must be a year, not NaN");
    }

    private static void Cluster(Collector v, string at, ClusterSpec c)
    {
        v.Name($"{at}.name", c.Name);
        v.Check($"{at}.initial_gpus", c.InitialGpus, ScenarioRanges.Gpus);
        if (c.PowerCapMw is { } cap) v.Check($"{at}.power_cap_mw", cap, ScenarioRanges.PowerCapMw);
        Hardware(v, $"{at}.hardware", c.Hardware);
    }

    private static void Hardware(Collector v, string at, HardwareParameters h)
    {
        v.Check($"{at}.peak_flops_per_gpu", h.PeakFlopsPerGpu0, ScenarioRanges.PeakFlops);
        v.Check($"{at}.peak_flops_doubling_years", h.PeakFlopsDoublingYears, ScenarioRanges.DoublingYears);
        v.Check($"{at}.price_performance_doubling_years", h.PricePerformanceDoublingYears, ScenarioRanges.DoublingYears);
        v.Check($"{at}.gpu_price_usd", h.GpuPriceUsd0, ScenarioRanges.GpuPrice);
        v.Check($"{at}.efficiency_doubling_years", h.EfficiencyDoublingYears, ScenarioRanges.DoublingYears);
        v.Check($"{at}.power_per_gpu_kw", h.PowerPerGpuKw0, ScenarioRanges.GpuPowerKw);
        v.Check($"{at}.mfu", h.Mfu, ScenarioRanges.Mfu);
        v.Check($"{at}.pue", h.Pue, ScenarioRanges.Pue);
        v.Check($"{at}.retirement_years", h.RetirementYears, ScenarioRanges.RetirementYears);
    }

    private static void Lab(Collector v, string at, LabSpec lab, double stepMonths, HashSet<string> clusters, HashSet<string> sources)
    {
        v.Name($"{at}.name", lab.Name);
        if (!clusters.Contains(lab.Cluster))
            v.Add($"{at}.cluster", $"{IssueText.Quote(lab.Cluster)} is not a cluster of this scenario; clusters: {List(clusters)}");
        if (lab.Sources.Count == 0) v.Add($"{at}.sources", "at least one data source is required");
        for (int j = 0; j < lab.Sources.Count; j++)
            if (!sources.Contains(lab.Sources[j]))
                v.Add($"{at}.sources[{j}]", $"{IssueText.Quote(lab.Sources[j])} is not a data source of this scenario; sources: {List(sources)}");
        if (ScenarioNames.LabelProblem(lab.Strategy.Name) is { } label) v.Add($"{at}.strategy.name", label);
        Shares(v, $"{at}.shares", lab.Strategy.Shares);
        if (lab.Strategy.SharesWhenDataShort is { } shortShares) Shares(v, $"{at}.shares_when_data_short", shortShares);
        v.Check($"{at}.training_run_months", lab.Strategy.TrainingRunMonths, x => x >= stepMonths && x <= 120,
            $"months in [step_months ({Num(stepMonths)}), 120]");
        Budget(v, $"{at}.budget", lab.Budget);
        v.Check($"{at}.initial_params", lab.InitialParams, ScenarioRanges.ModelParams);
        v.Check($"{at}.initial_tokens", lab.InitialTokens, ScenarioRanges.ModelTokens);
    }

    private static void Shares(Collector v, string at, ComputeShares s)
    {
        string? problem = s.Validate();
        if (problem is not null) v.Add(at, problem);
    }

    private static void Budget(Collector v, string at, BudgetParameters b)
    {
        v.Check($"{at}.initial_usd_per_year", b.InitialUsdPerYear, ScenarioRanges.BudgetUsdPerYear);
        v.Check($"{at}.growth_factor_per_year", b.GrowthPerYear, ScenarioRanges.BudgetGrowth);
        v.Check($"{at}.growth_factor_per_year_after_break", b.GrowthPerYearAfterBreak, ScenarioRanges.BudgetGrowth);
        v.Check($"{at}.break_year", b.BreakYear, ScenarioRanges.BreakYear);
        v.Check($"{at}.energy_price_usd_per_kwh", b.EnergyPriceUsdPerKwh, ScenarioRanges.EnergyPrice);
    }

    private static void Unique(Collector v, string at, IEnumerable<string> names)
    {
        foreach (var dup in names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            v.Add(at, $"duplicate name {IssueText.Quote(dup)}");
    }

    private static string Num(double x) => IssueText.Number(x);

    private static string List(IEnumerable<string> names) => names.Any() ? string.Join(", ", names.Order(StringComparer.Ordinal).Select(IssueText.Escape)) : "(none)";

    private sealed class Collector
    {
        public List<ScenarioIssue> Issues { get; } = [];

        public void Add(string path, string message) => Issues.Add(new ScenarioIssue(path, message));

        public void Check(string path, double value, Func<double, bool> allowed, string range)
        {
            if (!allowed(value)) Add(path, $"must be {range}; got {Num(value)}");
        }

        public void Check(string path, double value, ValueRange range) => Check(path, value, range.Contains, range.ToString());

        public void Name(string path, string name)
        {
            if (ScenarioNames.EntityProblem(name) is { } problem) Add(path, problem);
        }
    }
}
