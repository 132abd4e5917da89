using System.CommandLine;
using SimCluster.Abstractions;
using SimCluster.Cli.Outputs;
using SimCluster.Cli.Runs;
using SimCluster.Model.Sweeps;
using SimCluster.Scenarios;

namespace SimCluster.Cli;

/// <summary>`simcluster sweep`: Monte Carlo over a scenario's uncertain parameters, or one-at-a-time sensitivity.</summary>
public static class SweepCommand
{
    /// <summary>Default replicates per batch grain.</summary>
    public const int DefaultBatchSize = 64;

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "Scenario file (YAML) with uncertain parameters (see scenarios/README.md)" };
        var replicates = new NumberOption("--replicates", "Monte Carlo replicates", $"a whole number in [1, {SweepPlan.MaxReplicates:N0}]",
            v => v >= 1 && v <= SweepPlan.MaxReplicates && v == Math.Floor(v));
        var batch = new NumberOption("--batch-size", "Replicates per batch grain", "a whole number in [1, 100000]", v => v >= 1 && v <= 100_000 && v == Math.Floor(v), DefaultBatchSize);
        var sensitivity = new Option<string?>("--sensitivity")
        {
            Description = $"Instead of Monte Carlo, one-at-a-time sensitivity of OUTCOME: each uncertain parameter at its 10th and 90th percentile, the others at their medians (a tornado). OUTCOME: {SweepOutcome.Syntax}",
            HelpName = "outcome",
        };
        var sobol = new NumberOption("--sobol", "With --sensitivity, also Sobol first-order and total indices from N base samples of the Saltelli design (N(P + 2) runs)",
            "a whole number in [16, 100000]", v => v >= 16 && v <= 100_000 && v == Math.Floor(v));
        var cluster = new Option<string?>("--cluster") { Description = "Run on an external cluster reached through this Redis connection string (see `simcluster silo`) [default: an embedded silo]", HelpName = "connection" };
        var outDir = OutOption.Create("out/<scenario name>-sweep");
        var seed = SeedOption.Create();
        var report = ReportOption.Create();
        var command = new Command("sweep",
            "Monte Carlo over the scenario's uncertain parameters: replicates in batches spread over the silos. Writes bands.csv " +
            "(5/25/50/75/95th percentiles per lab, metric and year), milestones.csv and milestone_histogram.csv (exhaustion year, first " +
            "year at GPQA 70/80/90), replicates.csv and replicate_parameters.csv. With --sensitivity, a tornado instead (sensitivity.csv).");
        command.Arguments.Add(scenario);
        foreach (var o in new[] { replicates, batch, sobol }) command.Options.Add(o.Option);
        foreach (var o in new Option[] { sensitivity, cluster, outDir, seed, report }) command.Options.Add(o);
        var telemetry = TelemetryOption.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var loaded = ScenarioFile.Load(result.GetValue(scenario)!, SeedOption.Get(result, seed));
            var spec = loaded.Spec;
            if (spec.Uncertain.Count == 0)
                throw new UsageException($"{loaded.FileName}: no parameter has a distribution, so every replicate would be the same; give one a distribution map (see scenarios/README.md, 'Uncertain parameters')");
            var layout = new SweepLayout(spec);
            string? outcomeText = result.GetValue(sensitivity);
            SweepOutcome? outcome = null;
            if (outcomeText is not null && (outcome = SweepOutcome.Parse(outcomeText, layout, out string? why)) is null)
                throw new UsageException($"--sensitivity: {why}");
            var kind = outcome is null ? SweepKind.MonteCarlo : SweepKind.OneAtATime;
            int count = kind == SweepKind.MonteCarlo ? (int)replicates.Get(result) : 1 + 2 * spec.Uncertain.Count;
            var tasks = kind == SweepKind.MonteCarlo ? SweepPlan.MonteCarlo(spec, count) : OneAtATime.Tasks(spec);
            if (SweepPlan.FirstInvalid(spec, tasks) is { } invalid) throw new UsageException($"{loaded.FileName}: {invalid}");
            int? sobolSamples = sobol.Find(result) is { } s ? (int)s : null;
            if (sobolSamples is not null && outcome is null) throw new UsageException("--sobol needs --sensitivity OUTCOME: the indices are of an outcome");

            using var outputs = new OutputDirectory(result.GetValue(outDir) ?? Path.Combine("out", spec.Name + (kind == SweepKind.MonteCarlo ? "-sweep" : "-sensitivity")));
            await using var target = await SweepTarget.OpenAsync(result.GetValue(cluster), TelemetryOption.Get(result, telemetry, error), cancellationToken);
            var request = new SweepRequest(GrainKeys.NewRunId(), spec, kind, count, (int)batch.Get(result));
            var bar = ProgressBar.ForConsole(error, spec.Name, "replicates");
            SweepSummary summary;
            try { summary = await SweepRunner.RunAsync(target.Grains, request, bar, cancellationToken: cancellationToken); }
            finally { bar.Done(); }

            File.WriteAllText(outputs.Stage("scenario.resolved.yaml"), ScenarioWriter.Write(spec, loaded.Description, ProgramInfo.Version));
            if (outcome is null) SweepOutputs.StageMonteCarlo(outputs, loaded, request, summary, target.Description, output);
            else SweepOutputs.StageSensitivity(outputs, loaded, request, layout, summary, outcome, target.Description, output);
            if (outcome is not null && sobolSamples is { } n)
            {
                var design = request with { SweepId = GrainKeys.NewRunId(), Kind = SweepKind.Sobol, Replicates = n };
                var sobolBar = ProgressBar.ForConsole(error, spec.Name + " sobol", "runs");
                SweepSummary sobolRuns;
                try { sobolRuns = await SweepRunner.RunAsync(target.Grains, design, sobolBar, cancellationToken: cancellationToken); }
                finally { sobolBar.Done(); }
                SweepOutputs.StageSobol(outputs, SobolAnalysis.Analyse(spec, layout, sobolRuns.Outcomes, outcome), outcome, n, output);
            }
            if (result.GetValue(report))
            {
                if (outcome is null) ReportOutputs.StageSweep(outputs, loaded, summary);
                else ReportOutputs.StageSensitivity(outputs, loaded, OneAtATime.Tornado(spec, layout, summary.Outcomes, outcome), outcome);
            }
            var files = outputs.Commit();
            output.WriteLine();
            output.WriteLine($"wrote {string.Join(", ", files.Select(Path.GetFileName))} to {outputs.Path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
