using SimCluster.Abstractions;
using SimCluster.Cli.Runs;
using SimCluster.Model.Sweeps;
using SimCluster.Scenarios;

namespace SimCluster.Cli.Outputs;

/// <summary>The files and printed tables of a sweep.</summary>
public static class SweepOutputs
{
    /// <summary>Monte Carlo: bands, milestone distributions and histogram (the per-replicate files are <see cref="RecordFiles"/>).</summary>
    public static void StageMonteCarlo(OutputDirectory dir, LoadedScenario scenario, SweepRequest request, SweepSummary s, string target, TextWriter output)
    {
        CsvOutput.Write(dir.Stage("bands.csv"), s.Bands);
        var milestones = s.Milestones.Select(MilestoneRow.From).ToArray();
        CsvOutput.Write(dir.Stage("milestones.csv"), milestones);
        CsvOutput.Write(dir.Stage("milestone_histogram.csv"), s.Histogram);
        File.WriteAllText(dir.Stage("summary.json"), Json.Write(new
        {
            program = ProgramInfo.Version, scenario_file = scenario.FileName, scenario = request.Scenario.Name, seed = request.Scenario.Seed,
            replicates = s.Replicates, band_replicates = s.BandReplicates, batch_size = request.BatchSize,
            uncertain = request.Scenario.Uncertain.Select(u => u.Path), milestones,
        }) + "\n");

        output.WriteLine($"{request.Scenario.Name}: {s.Replicates} replicates on the {target}, seed {request.Scenario.Seed}, uncertain: {string.Join(", ", request.Scenario.Uncertain.Select(u => u.Path))}");
        if (s.BandReplicates < s.Replicates)
            output.WriteLine($"bands: percentiles of the first {s.BandReplicates:N0} replicates (milestones and replicates.csv: all {s.Replicates:N0})");
        output.WriteLine();
        var t = new TextTable("lab", "milestone", "P5", "P25", "median", "P75", "P95", "never");
        foreach (var m in s.Milestones)
            t.Add(m.Lab, m.Milestone, Format.YearMonth(m.Years?.P5), Format.YearMonth(m.Years?.P25), Format.YearMonth(m.Years?.P50),
                Format.YearMonth(m.Years?.P75), Format.YearMonth(m.Years?.P95), $"{m.Never}/{m.Replicates}");
        output.Write(t.ToString());
    }

    /// <summary>Sensitivity: the tornado of every lab.</summary>
    public static void StageSensitivity(OutputDirectory dir, LoadedScenario scenario, SweepRequest request, IReadOnlyList<TornadoRow> rows,
        SweepOutcome outcome, string target, TextWriter output)
    {
        CsvOutput.Write(dir.Stage("sensitivity.csv"), rows.Select(r => new { r.Lab, outcome = outcome.Name, r.Parameter, r.ValueP10, r.ValueP90, r.OutcomeAtP10, r.OutcomeAtP90, r.OutcomeAtMedians, r.Swing }));
        File.WriteAllText(dir.Stage("summary.json"), Json.Write(new
        {
            program = ProgramInfo.Version, scenario_file = scenario.FileName, scenario = request.Scenario.Name, seed = request.Scenario.Seed,
            outcome = outcome.Name, unit = outcome.Unit, runs = 1 + 2 * request.Scenario.Uncertain.Count, tornado = rows,
        }) + "\n");

        output.WriteLine($"{request.Scenario.Name}: sensitivity of {outcome.Name} ({outcome.Unit}), {1 + 2 * request.Scenario.Uncertain.Count} runs on the {target}; each parameter at P10 and P90, the others at their medians");
        foreach (var lab in rows.GroupBy(r => r.Lab))
        {
            output.WriteLine();
            output.WriteLine($"{lab.Key}: {outcome.Name} at the medians = {Format.Outcome(lab.First().OutcomeAtMedians, outcome.Unit)}");
            double widest = lab.Select(r => r.Swing).Where(double.IsFinite).DefaultIfEmpty(0).Max();
            var t = new TextTable("parameter", "at P10", "at P90", $"{outcome.Name} at P10", $"at P90", "swing", "");
            foreach (var r in lab)
                t.Add(r.Parameter, Format.Sig(r.ValueP10), Format.Sig(r.ValueP90), Format.Outcome(r.OutcomeAtP10, outcome.Unit), Format.Outcome(r.OutcomeAtP90, outcome.Unit),
                    double.IsFinite(r.Swing) ? Format.Sig(r.Swing) : "-", Bar(r.Swing, widest));
            output.Write(t.ToString());
        }
    }

    /// <summary>Sobol indices: sobol.csv and a table per lab.</summary>
    public static void StageSobol(OutputDirectory dir, IReadOnlyList<SobolIndex> indices, SweepOutcome outcome, int samples, TextWriter output)
    {
        CsvOutput.Write(dir.Stage("sobol.csv"), indices.Select(x => new { x.Lab, outcome = outcome.Name, x.Parameter, first_order = x.First, first_order_low = x.FirstLow, first_order_high = x.FirstHigh, total = x.Total, total_low = x.TotalLow, total_high = x.TotalHigh }));
        output.WriteLine();
        output.WriteLine($"Sobol indices of {outcome.Name} from {samples} base samples (Saltelli design; 95% bootstrap intervals). First order: the share of the outcome's variance a parameter explains alone; total: with its interactions.");
        foreach (var lab in indices.GroupBy(x => x.Lab))
        {
            output.WriteLine();
            output.WriteLine(lab.Key);
            var t = new TextTable("parameter", "first order", "95% interval", "total", "95% interval");
            foreach (var x in lab.OrderByDescending(x => double.IsNaN(x.Total) ? -1 : x.Total))
                t.Add(x.Parameter, Format.Fixed(x.First, 3), $"{Format.Fixed(x.FirstLow, 3)}..{Format.Fixed(x.FirstHigh, 3)}", Format.Fixed(x.Total, 3), $"{Format.Fixed(x.TotalLow, 3)}..{Format.Fixed(x.TotalHigh, 3)}");
            output.Write(t.ToString());
        }
    }

    private static string Bar(double swing, double widest) =>
        double.IsFinite(swing) && widest > 0 ? new string('#', (int)Math.Round(20 * swing / widest)).PadRight(20) : "";
}
