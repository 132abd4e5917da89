using SimCluster.Model.Parameters;
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
        if (!(s.EndYear > s.StartYear && s.EndYear <= ScenarioRanges.LastYear))
            v.Add("end_year", $"must be a year after start_year ({Num(s.StartYear)}) and at most {Num(ScenarioRanges.LastYear)}; got {Num(s.EndYear)}");
        if (s.EndYear > s.StartYear && s.StepMonths > 0 && s.Steps > ScenarioSpec.MaxSteps)
            v.Add("step_months", $"gives {s.Steps} steps; at most {ScenarioSpec.MaxSteps} allowed (lengthen the step or shorten the run)");
        // Steps round to the nearest whole step, so a run shorter than half a step would have none and write empty outputs.
        if (s.EndYear > s.StartYear && s.StepMonths > 0 && s.Steps < 1)
            v.Add("end_year", $"gives no step: {Num(s.EndYear)} is less than half a step of {Num(s.StepMonths)} month(s) after start_year " +
                $"({Num(s.StartYear)}); a run needs at least one step (move end_year later or shorten step_months)");
        if (s.Labs.Count == 0) v.Add("labs", "at least one lab is required");
        Names(v, EntityList.Sources, s.Sources.Select(x => x.Name).ToArray());
        Names(v, EntityList.Clusters, s.Clusters.Select(x => x.Name).ToArray());
        Names(v, EntityList.Labs, s.Labs.Select(x => x.Name).ToArray());

        // Every number against its range, as the registry declares it, once every entity has a name that addresses
        // it: a name that is missing, unsafe or not unique is reported first, and its keys would point nowhere.
        bool addressable = EntityList.All.All(e => e.Names(s) is var names && names.All(n => ScenarioNames.EntityProblem(n) is null)
            && names.Distinct(StringComparer.Ordinal).Count() == names.Count);
        if (addressable)
            foreach (var p in ParameterRegistry.Expand(s))
                if (p.Definition is { Kind: ParameterKind.Number, Range: { } range } && p.Number(s) is { } x)
                    v.Check(p.Key, x, range);

        var clusters = s.Clusters.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var sources = s.Sources.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (addressable)
        {
            foreach (var source in s.Sources)
                if (double.IsNaN(source.FirstYear)) v.Add($"sources.{source.Name}.first_year", "must be a year, not NaN");
            foreach (var lab in s.Labs) Lab(v, $"labs.{lab.Name}", lab, s.StepMonths, clusters, sources);
        }
        if (ScenarioNames.LabelProblem(s.World.Constants.Name) is { } label) v.Add("world.loss_constants.name", label);
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

    /// <summary>Names must be safe and unique. Both problems are reported at the item's place in the list: a name that
    /// is not unique, or not a name at all, cannot address it.</summary>
    private static void Names(Collector v, EntityList list, IReadOnlyList<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            if (ScenarioNames.EntityProblem(names[i]) is { } problem) v.Add($"{list.Key}[{i}].name", problem);
            else if (!seen.Add(names[i])) v.Add($"{list.Key}[{i}].name", $"duplicate {list.Noun} name {IssueText.Quote(names[i])}");
        }
    }

    private static void Lab(Collector v, string at, LabSpec lab, double stepMonths, HashSet<string> clusters, HashSet<string> sources)
    {
        if (!clusters.Contains(lab.Cluster))
            v.Add($"{at}.cluster", $"{IssueText.Quote(lab.Cluster)} is not a cluster of this scenario; clusters: {List(clusters)}");
        if (lab.Sources.Count == 0) v.Add($"{at}.sources", "at least one data source is required");
        for (int j = 0; j < lab.Sources.Count; j++)
            if (!sources.Contains(lab.Sources[j]))
                v.Add($"{at}.sources[{j}]", $"{IssueText.Quote(lab.Sources[j])} is not a data source of this scenario; sources: {List(sources)}");
        if (ScenarioNames.LabelProblem(lab.Strategy.Name) is { } label) v.Add($"{at}.strategy.name", label);
        Sum(v, $"{at}.strategy.shares", lab.Strategy.Shares);
        if (lab.Strategy.SharesWhenDataShort is { } shortShares) Sum(v, $"{at}.strategy.shares_when_data_short", shortShares);
        v.Check($"{at}.strategy.training_run_months", lab.Strategy.TrainingRunMonths, x => x >= stepMonths && x <= ScenarioRanges.MaxTrainingRunMonths,
            $"months in [step_months ({Num(stepMonths)}), {Num(ScenarioRanges.MaxTrainingRunMonths)}]");
    }

    private static void Sum(Collector v, string at, ComputeShares s)
    {
        if (s.SumProblem() is { } problem) v.Add(at, problem);
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
    }
}
