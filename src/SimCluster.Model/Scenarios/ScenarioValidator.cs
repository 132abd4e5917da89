using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Strategy;

namespace SimCluster.Model.Scenarios;

/// <summary>
/// Checks a <see cref="ScenarioSpec"/> before it runs: every number finite and in range, shares summing to 1, time
/// running forwards within <see cref="ScenarioSpec.MaxSteps"/>, unique names, and every reference resolving.
/// Returns every issue (in document order), not just the first, so a user fixes a file in one pass.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>All issues; empty when the scenario can run.</summary>
    public static IReadOnlyList<ScenarioIssue> Validate(ScenarioSpec s)
    {
        var v = new Collector();
        v.Check("start_year", s.StartYear, x => x >= 1900 && x <= 2300, "a year in [1900, 2300]");
        v.Check("end_year", s.EndYear, x => x > s.StartYear && x <= 2500, $"a year after start_year ({Num(s.StartYear)}) and at most 2500");
        v.Check("step_months", s.StepMonths, x => x > 0 && x <= 120, "a number of months in (0, 120]");
        if (s.EndYear > s.StartYear && s.StepMonths > 0 && s.Steps > ScenarioSpec.MaxSteps)
            v.Add("step_months", $"gives {s.Steps} steps; at most {ScenarioSpec.MaxSteps} allowed (lengthen the step or shorten the run)");

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
        v.Check($"{at}.initial_stock_tokens", p.InitialStockTokens, x => x >= 0 && double.IsFinite(x), "a number of tokens >= 0");
        v.Check($"{at}.growth_fraction_per_year", p.GrowthPerYear, x => x > -1 && x <= 10, "a fraction per year in (-1, 10]");
        v.Check($"{at}.new_tokens_per_year", p.NewTokensPerYear, x => x >= 0 && double.IsFinite(x), "a number of tokens per year >= 0");
        v.Check($"{at}.quality", p.Quality, x => x > 0 && x <= 1, "effective tokens per raw token in (0, 1]");
        v.Check($"{at}.price_usd_per_token", p.PriceUsdPerToken, x => x >= 0 && double.IsFinite(x), "USD per token >= 0");
        if (double.IsNaN(p.FirstYear)) v.Add($"{at}.first_year", "must be a year, not NaN");
    }

    private static void Cluster(Collector v, string at, ClusterSpec c)
    {
        v.Name($"{at}.name", c.Name);
        v.Check($"{at}.initial_gpus", c.InitialGpus, x => x >= 0 && double.IsFinite(x), "a number of GPUs >= 0");
        if (c.PowerCapMw is { } cap) v.Check($"{at}.power_cap_mw", cap, x => x > 0 && double.IsFinite(x), "MW > 0 (omit for no cap)");
        Hardware(v, $"{at}.hardware", c.Hardware);
    }

    private static void Hardware(Collector v, string at, HardwareParameters h)
    {
        const string positive = "a finite number > 0";
        v.Check($"{at}.peak_flops_per_gpu", h.PeakFlopsPerGpu0, Positive, positive);
        v.Check($"{at}.peak_flops_doubling_years", h.PeakFlopsDoublingYears, Positive, positive);
        v.Check($"{at}.price_performance_doubling_years", h.PricePerformanceDoublingYears, Positive, positive);
        v.Check($"{at}.gpu_price_usd", h.GpuPriceUsd0, Positive, positive);
        v.Check($"{at}.efficiency_doubling_years", h.EfficiencyDoublingYears, Positive, positive);
        v.Check($"{at}.power_per_gpu_kw", h.PowerPerGpuKw0, Positive, positive);
        v.Check($"{at}.mfu", h.Mfu, x => x > 0 && x <= 1, "a fraction in (0, 1]");
        v.Check($"{at}.pue", h.Pue, x => x >= 1 && x <= 3, "a number in [1, 3]");
        v.Check($"{at}.retirement_years", h.RetirementYears, Positive, positive);
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
        Shares(v, $"{at}.shares", lab.Strategy.Shares);
        if (lab.Strategy.SharesWhenDataShort is { } shortShares) Shares(v, $"{at}.shares_when_data_short", shortShares);
        v.Check($"{at}.training_run_months", lab.Strategy.TrainingRunMonths, x => x >= stepMonths && x <= 120,
            $"months in [step_months ({Num(stepMonths)}), 120]");
        Budget(v, $"{at}.budget", lab.Budget);
        v.Check($"{at}.initial_params", lab.InitialParams, Positive, "a finite number > 0");
        v.Check($"{at}.initial_tokens", lab.InitialTokens, Positive, "a finite number > 0");
    }

    private static void Shares(Collector v, string at, ComputeShares s)
    {
        string? problem = s.Validate();
        if (problem is not null) v.Add(at, problem);
    }

    private static void Budget(Collector v, string at, BudgetParameters b)
    {
        v.Check($"{at}.initial_usd_per_year", b.InitialUsdPerYear, Positive, "USD per year > 0");
        v.Check($"{at}.growth_factor_per_year", b.GrowthPerYear, x => x > 0 && x <= 100, "a factor per year in (0, 100]");
        v.Check($"{at}.growth_factor_per_year_after_break", b.GrowthPerYearAfterBreak, x => x > 0 && x <= 100, "a factor per year in (0, 100]");
        v.Check($"{at}.break_year", b.BreakYear, double.IsFinite, "a year");
        v.Check($"{at}.energy_price_usd_per_kwh", b.EnergyPriceUsdPerKwh, x => x >= 0 && double.IsFinite(x), "USD per kWh >= 0");
    }

    private static void Unique(Collector v, string at, IEnumerable<string> names)
    {
        foreach (var dup in names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            v.Add(at, $"duplicate name {IssueText.Quote(dup)}");
    }

    private static bool Positive(double x) => x > 0 && double.IsFinite(x);

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

        public void Name(string path, string name)
        {
            if (string.IsNullOrWhiteSpace(name)) Add(path, "must be a non-empty name");
        }
    }
}
