using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Model.Sweeps;

/// <summary>Runs one replicate with the plain loop and keeps only what a sweep needs, not every row.</summary>
public static class ReplicateRunner
{
    /// <summary>
    /// Runs <paramref name="task"/> on <paramref name="spec"/> (the sweep's nominal scenario). The drawn scenario is
    /// validated first, whoever built the task: a value outside its range is a <see cref="ScenarioRunException"/>.
    /// </summary>
    public static ReplicateOutcome Run(ScenarioSpec spec, SweepLayout layout, ReplicateTask task)
    {
        var sampled = ScenarioSampler.Apply(spec, task.Values.Select(v => (v.Path, v.Value))) with { Uncertain = [] };
        if (ScenarioValidator.Validate(sampled).FirstOrDefault() is { } issue)
            throw new ScenarioRunException(issue.Path, spec.StartYear + spec.StepMonths / 12, $"the drawn value is invalid: {issue.Message}");
        var run = new WorldRun(sampled, checked((int)task.Replicate));
        var strategies = sampled.Labs.ToDictionary(l => l.Name, l => l.Strategy.Name, StringComparer.Ordinal);
        var summaries = layout.Labs.Select(l => new LabSummaryBuilder(l, strategies[l])).ToArray();
        var values = new double[layout.Size];
        Array.Fill(values, double.NaN);
        var metrics = layout.Metrics;
        while (!run.Finished)
        {
            var rows = run.Step().Labs; // lab-name order, as layout.Labs
            int year = layout.YearIndex(rows[0].Year);
            for (int lab = 0; lab < rows.Count; lab++)
            {
                summaries[lab].Add(rows[lab]);
                if (year < 0) continue;
                for (int m = 0; m < metrics.Count; m++) values[layout.Index(lab, m, year)] = metrics[m].Read(rows[lab]);
            }
        }
        return new ReplicateOutcome(task.Replicate, task.Values, summaries.Select(s => s.Build()).ToArray(), values);
    }
}
