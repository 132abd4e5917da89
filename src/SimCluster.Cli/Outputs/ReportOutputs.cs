using SimCluster.Abstractions;
using SimCluster.Cli.Runs;
using SimCluster.Model.Sweeps;
using SimCluster.Reports;
using SimCluster.Scenarios;

namespace SimCluster.Cli.Outputs;

/// <summary>Stages charts/ and report.html for run, compare and sweep.</summary>
public static class ReportOutputs
{
    /// <summary>A run's charts and report.</summary>
    public static void StageRun(OutputDirectory dir, LoadedScenario scenario, RunResult run, IReadOnlyList<Model.Guards.GuardWarning> warnings)
    {
        var charts = RunCharts.Build(LabSeries.From(run.Labs, run.Summary));
        var table = SummaryTableRows(run.Summary.Labs.Select(l => ("", l)));
        Stage(dir, charts, $"{scenario.Spec.Name}: a run", Describe(scenario), WithWarnings([table], warnings.Select(w => ("", w))), [scenario]);
    }

    /// <summary>A comparison's charts (every lab of every scenario on the same axes) and report.</summary>
    public static void StageCompare(OutputDirectory dir, IReadOnlyList<(LoadedScenario Scenario, RunResult Run)> runs,
        IReadOnlyList<(string Scenario, Model.Guards.GuardWarning Warning)> warnings)
    {
        var series = runs.SelectMany(r => LabSeries.From(r.Run.Labs, r.Run.Summary, lab => $"{r.Scenario.Spec.Name} / {lab}")).ToArray();
        var table = SummaryTableRows(runs.SelectMany(r => r.Run.Summary.Labs.Select(l => (r.Scenario.Spec.Name + " / ", l))));
        Stage(dir, RunCharts.Build(series), $"Comparison: {string.Join(" vs ", runs.Select(r => r.Scenario.Spec.Name))}",
            string.Join("; ", runs.Select(r => Describe(r.Scenario))), WithWarnings([table], warnings.Select(w => (w.Scenario + " / ", w.Warning))), runs.Select(r => r.Scenario).ToArray());
    }

    /// <summary>A Monte Carlo sweep's fan charts, histogram and report.</summary>
    public static void StageSweep(OutputDirectory dir, LoadedScenario scenario, SweepSummary summary)
    {
        var rows = summary.Milestones.Select(m => (IReadOnlyList<string>)[m.Lab, m.Milestone, Format.YearMonth(m.Years?.P5), Format.YearMonth(m.Years?.P50),
            Format.YearMonth(m.Years?.P95), $"{m.Never}/{m.Replicates}"]).ToArray();
        var table = new ReportTable("When each lab hits the data wall and GPQA 70/80/90, across replicates", ["lab", "milestone", "P5", "median", "P95", "never"], rows);
        Stage(dir, SweepCharts.Build(summary), $"{scenario.Spec.Name}: {summary.Replicates} replicates",
            $"{Describe(scenario)}; uncertain: {string.Join(", ", scenario.Spec.Uncertain.Select(u => u.Path))}", [table], [scenario]);
    }

    /// <summary>A grid sweep's report: the grid as a table, a row per cell and lab (each cell's own files are in its folder).</summary>
    public static void StageGrid(OutputDirectory dir, LoadedScenario scenario, IReadOnlyList<(GridCell Cell, IReadOnlyList<GridLabResult> Labs)> results)
    {
        var keys = results[0].Cell.Values.Select(v => v.Key).ToArray();
        string P(Percentiles? p) => p is null ? "never" : Format.YearMonth(p.P50) + (Format.YearMonth(p.P5) == Format.YearMonth(p.P95) ? "" : $" ({Format.YearMonth(p.P5)} to {Format.YearMonth(p.P95)})");
        var rows = results.SelectMany(r => r.Labs.Select(l => (IReadOnlyList<string>)[r.Cell.Folder, .. r.Cell.Values.Select(v => v.Value), l.Lab,
            P(l.Milestones.Single(m => m.Name == "exhaustion").Years), P(l.Milestones.Single(m => m.Name == "gpqa80").Years),
            P(l.Milestones.Single(m => m.Name == "gpqa90").Years), l.FinalGpqa is { } g ? Format.Fixed(g.P50, 1) : "-"])).ToArray();
        var table = new ReportTable("Each cell of the grid: median year (P5 to P95) of each milestone, and the median final GPQA",
            ["cell", .. keys, "lab", "data exhausted", "GPQA 80", "GPQA 90", "final GPQA"], rows);
        Stage(dir, GridCharts.Build(keys, results.Select(r => (r.Cell.Folder, (IReadOnlyList<(string, double?)>)r.Labs.Select(l => (l.Lab, l.Milestones.Single(m => m.Name == "gpqa80").Years?.P50)).ToArray())).ToArray()),
            $"{scenario.Spec.Name}: a grid of {results.Count} cells", $"{Describe(scenario)}; grid over {string.Join(", ", keys)}", [table], [scenario]);
    }

    /// <summary>A sensitivity sweep's tornado charts and report.</summary>
    public static void StageSensitivity(OutputDirectory dir, LoadedScenario scenario, IReadOnlyList<TornadoRow> tornado, SweepOutcome outcome)
    {
        var rows = tornado.Select(r => (IReadOnlyList<string>)[r.Lab, r.Parameter, Format.Sig(r.ValueP10), Format.Sig(r.ValueP90),
            Format.Outcome(r.OutcomeAtP10, outcome.Unit), Format.Outcome(r.OutcomeAtP90, outcome.Unit), double.IsFinite(r.Swing) ? Format.Sig(r.Swing) : "-"]).ToArray();
        var table = new ReportTable($"Sensitivity of {outcome.Name} ({outcome.Unit}): each parameter at P10 and P90, others at medians",
            ["lab", "parameter", "at P10", "at P90", "outcome at P10", "outcome at P90", "swing"], rows);
        Stage(dir, SweepCharts.Tornado(tornado, outcome.Name, outcome.Unit), $"{scenario.Spec.Name}: sensitivity of {outcome.Name}", Describe(scenario), [table], [scenario]);
    }

    private static ReportTable SummaryTableRows(IEnumerable<(string Prefix, Model.World.LabSummary Lab)> labs) =>
        new("Per lab: capability K (ECI) and C_eq, capability and GPQA milestones, data exhaustion, final state",
            ["lab", "strategy", "K 2030", "K 2040", "K 2064", "final K", "final C_eq", "ECI 150", "ECI 175", "ECI 200", "GPQA 90", "TWh to 90",
                "data exhausted", "final GPQA", "final loss", "energy TWh", "cost $B"],
            labs.Select(x => (IReadOnlyList<string>)[x.Prefix + x.Lab.Lab, x.Lab.Strategy, Format.Eci(x.Lab.CapabilityEci2030), Format.Eci(x.Lab.CapabilityEci2040),
                Format.Eci(x.Lab.CapabilityEci2064), Format.Eci(x.Lab.FinalCapabilityEci), Format.Flop(x.Lab.FinalChinchillaEquivalentFlop),
                Format.YearMonth(x.Lab.Reached("ECI 150").Year), Format.YearMonth(x.Lab.Reached("ECI 175").Year), Format.YearMonth(x.Lab.Reached("ECI 200").Year),
                Format.YearMonth(x.Lab.At(90).Year), Format.Twh(x.Lab.At(90).EnergyKwhCumulative), Format.YearMonth(x.Lab.ExhaustionYear),
                Format.Fixed(x.Lab.FinalGpqa, 1), Format.Fixed(x.Lab.FinalLoss, 4), Format.Twh(x.Lab.FinalEnergyKwh), Format.BillionUsd(x.Lab.FinalCostUsd)]).ToArray());

    // Warnings lead the report: a reader should know the run left the feasible world before reading its numbers.
    private static IReadOnlyList<ReportTable> WithWarnings(IReadOnlyList<ReportTable> tables, IEnumerable<(string, Model.Guards.GuardWarning)> warnings) =>
        GuardWarnings.Table(warnings) is { } t ? [t, .. tables] : tables;

    private static string Describe(LoadedScenario s) =>
        $"{s.Spec.Name} ({s.FileName}): {s.Spec.Labs.Count} labs, {Format.Sig(s.Spec.StartYear)}-{Format.Sig(s.Spec.EndYear)} in steps of {Format.Sig(s.Spec.StepMonths)} month(s)";

    private static void Stage(OutputDirectory dir, IReadOnlyList<Chart> charts, string title, string subtitle, IReadOnlyList<ReportTable> tables, IReadOnlyList<LoadedScenario> scenarios)
    {
        foreach (var c in charts)
        {
            c.SavePng(dir.Stage(Path.Combine("charts", c.Name + ".png")));
            c.SaveSvg(dir.Stage(Path.Combine("charts", c.Name + ".svg")));
        }
        var shown = scenarios.Select(s => new ReportScenario(s.Spec, ScenarioWriter.Write(s.Spec, s.Description, ProgramInfo.Version))).ToArray();
        File.WriteAllText(dir.Stage("report.html"), HtmlReport.Render(title, subtitle, tables, charts, shown, ProgramInfo.Version));
    }
}
