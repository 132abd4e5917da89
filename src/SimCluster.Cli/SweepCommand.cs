using System.CommandLine;
using SimCluster.Abstractions;
using SimCluster.Cli.Outputs;
using SimCluster.Cli.Runs;
using SimCluster.Model.Sweeps;

namespace SimCluster.Cli;

/// <summary>
/// `simcluster sweep`: Monte Carlo over a scenario's uncertain parameters, or one-at-a-time sensitivity (with Sobol
/// indices); on a cluster, also attach to, detach from and cancel a sweep by its id.
/// </summary>
public static class SweepCommand
{
    /// <summary>Default replicates per batch grain.</summary>
    public const int DefaultBatchSize = 64;

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string?>("SCENARIO") { Description = "Scenario file (YAML) with uncertain parameters (see scenarios/README.md); omitted with --attach or --cancel", Arity = ArgumentArity.ZeroOrOne };
        var replicates = new NumberOption("--replicates", "Monte Carlo replicates", $"a whole number in [1, {SweepPlan.MaxReplicates:N0}]",
            v => v >= 1 && v <= SweepPlan.MaxReplicates && v == Math.Floor(v));
        var batch = new NumberOption("--batch-size", "Replicates per batch grain", $"a whole number in [1, {SweepRequests.MaxBatchSize}]",
            v => v >= 1 && v <= SweepRequests.MaxBatchSize && v == Math.Floor(v), DefaultBatchSize);
        var sensitivity = new Option<string?>("--sensitivity")
        {
            Description = $"Instead of Monte Carlo, one-at-a-time sensitivity of OUTCOME: each uncertain parameter at its 10th and 90th percentile, the others at their medians (a tornado). OUTCOME: {SweepOutcome.Syntax}",
            HelpName = "outcome",
        };
        var sobol = new NumberOption("--sobol", "With --sensitivity, also Sobol first-order and total indices from N base samples of the Saltelli design (N(P + 2) runs)",
            "a whole number in [16, 100000]", v => v >= 16 && v <= 100_000 && v == Math.Floor(v));
        var cluster = new Option<string?>("--cluster") { Description = "Run on an external cluster reached through this Redis connection string (see `simcluster silo`) [default: an embedded silo]", HelpName = "connection" };
        var attach = new Option<string?>("--attach") { Description = "With --cluster: collect the sweep with this id (printed when it started) instead of starting one; writes the same files", HelpName = "id" };
        var cancel = new Option<string?>("--cancel") { Description = "With --cluster: stop the sweep with this id and delete what it stored", HelpName = "id" };
        var detach = new Option<bool>("--detach") { Description = "With --cluster: start the sweep, print its id and exit; collect it later with --attach" };
        var outDir = OutOption.Create("out/<scenario name>-sweep (-sensitivity with --sensitivity)");
        var seed = SeedOption.Create();
        var report = ReportOption.Create();
        var set = SetOption.Create(distributions: true);
        var grid = GridOption.Create();
        var command = new Command("sweep",
            "Monte Carlo over the scenario's uncertain parameters: replicates in batches spread over the silos. Writes bands.csv " +
            "(5/25/50/75/95th percentiles per lab, metric and year), milestones.csv and milestone_histogram.csv (exhaustion year, first " +
            "year at GPQA 70/80/90), replicates.csv and replicate_parameters.csv. With --sensitivity, a tornado instead (sensitivity.csv). " +
            "With --grid, one sweep per cell of a grid of parameter values and grid.csv comparing them. " +
            "On a cluster the sweep has an id: Ctrl+C cancels it, --detach leaves it running, --attach ID collects it, --cancel ID stops it.");
        command.Arguments.Add(scenario);
        foreach (var o in new[] { replicates, batch, sobol }) command.Options.Add(o.Option);
        foreach (var o in new Option[] { sensitivity, set, grid, cluster, attach, cancel, detach, outDir, seed, report }) command.Options.Add(o);
        var telemetry = TelemetryOption.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            string? file = result.GetValue(scenario), attachId = result.GetValue(attach), cancelId = result.GetValue(cancel), connection = result.GetValue(cluster);
            bool detached = result.GetValue(detach);
            if ((file is null ? 0 : 1) + (attachId is null ? 0 : 1) + (cancelId is null ? 0 : 1) != 1)
                throw new UsageException("give a SCENARIO to start a sweep, or --attach ID or --cancel ID for one on a cluster (exactly one of them)");
            if ((attachId ?? cancelId) is not null || detached)
            {
                string flag = attachId is not null ? "--attach" : cancelId is not null ? "--cancel" : "--detach";
                if (connection is null) throw new UsageException($"{flag} needs --cluster CONNECTION: an embedded silo's sweeps end with this process");
                var startOnly = new[] { (replicates.IsGiven(result), "--replicates"), (batch.IsGiven(result), "--batch-size"), (sobol.IsGiven(result), "--sobol"),
                    (result.GetValue(sensitivity) is not null, "--sensitivity"), (result.GetValue(seed) is not null, "--seed"), (detached && file is null, "--detach"),
                    (result.GetValue(set) is { Length: > 0 }, "--set"), (result.GetValue(grid) is { Length: > 0 }, "--grid") };
                if (file is null && startOnly.FirstOrDefault(x => x.Item1) is { Item2: { } given })
                    throw new UsageException($"{given} describes a new sweep; {flag} takes the sweep as it was started");
            }
            if (cancelId is not null)
            {
                await using var target = await SweepTarget.OpenAsync(connection, TelemetryOption.Get(result, telemetry, error), cancellationToken);
                try { await new SweepClient(target.Grains).CancelAsync(cancelId, cancellationToken); }
                catch (SweepNotFoundException e) { throw new UsageException($"--cancel: {e.Message}"); }
                output.WriteLine($"cancelled sweep {cancelId} on the {target.Description}");
                return ExitCodes.Ok;
            }

            // Everything about a new sweep is checked here, before a silo starts or a cluster is reached.
            var sets = SetOption.Get(result, set);
            var axes = GridOption.Get(result, grid);
            string? outPath = result.GetValue(outDir);
            if (axes.Count > 0)
            {
                if (result.GetValue(sensitivity) is not null || sobol.IsGiven(result))
                    throw new UsageException($"--grid runs a Monte Carlo sweep in each cell and cannot be combined with {(sobol.IsGiven(result) ? "--sobol" : "--sensitivity")}; " +
                        "for a tornado at one cell's values, give them with --set");
                if (detached) throw new UsageException("--grid runs its cells one after another from this client, so it cannot --detach");
                var cells = GridPlan.Cells(file!, axes, sets, SeedOption.Get(result, seed),
                    loaded => loaded.Spec.Uncertain.Count == 0 ? null : Plan(result, loaded, replicates, batch, sensitivity, sobol));
                await using var gridTarget = await SweepTarget.OpenAsync(connection, TelemetryOption.Get(result, telemetry, error), cancellationToken);
                await RunGrid(cells, axes, gridTarget, outPath, result.GetValue(report), output, error, cancellationToken);
                return ExitCodes.Ok;
            }
            var job = file is null ? null : Plan(result, ScenarioFile.Load(file, SeedOption.Get(result, seed), sets), replicates, batch, sensitivity, sobol);
            await using (var target = await SweepTarget.OpenAsync(connection, TelemetryOption.Get(result, telemetry, error), cancellationToken))
            {
                var client = new SweepClient(target.Grains);
                var collection = new SweepCollection(client, target, output, error);
                if (job is null)
                {
                    try { job = SweepJob.Of(await client.RequestAsync(attachId!, cancellationToken)); }
                    catch (SweepNotFoundException e) { throw new UsageException($"--attach: {e.Message}"); }
                }
                else
                {
                    await collection.StartAsync(job.Request, job.Scenario.FileName, cancellationToken);
                    if (detached)
                    {
                        output.WriteLine(job.Request.SweepId);
                        return ExitCodes.Ok;
                    }
                }

                using var outputs = new OutputDirectory(outPath ?? job.DefaultOut);
                bool withReport = result.GetValue(report);
                await collection.CollectAsync(job, outputs, withReport, cancellationToken);
                SweepRequest? design = null;
                if (job.SobolSamples is { } n)
                {
                    design = job.Request with { SweepId = GrainKeys.NewRunId(), Kind = SweepKind.Sobol, Replicates = n };
                    await collection.StartAsync(design, job.Scenario.FileName, cancellationToken);
                    await collection.CollectAsync(job with { Request = design, SobolSamples = null }, outputs, false, cancellationToken);
                }
                var files = outputs.Commit();
                // Only once the files are in place may the cluster forget the sweep: until then, --attach can redo them.
                await collection.ForgetQuietly(job.Request.SweepId);
                if (design is not null) await collection.ForgetQuietly(design.SweepId);
                output.WriteLine();
                output.WriteLine($"wrote {string.Join(", ", files.Select(Path.GetFileName).Distinct())} to {outputs.Path}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task RunGrid(IReadOnlyList<GridCell> cells, IReadOnlyList<GridAxis> axes, SweepTarget target, string? outPath, bool report,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var first = cells[0].Scenario;
        using var outputs = new OutputDirectory(outPath ?? Path.Combine("out", first.Spec.Name + "-grid"));
        var results = await new GridRun(new SweepClient(target.Grains), target, error).RunAsync(cells, outputs, cancellationToken);
        GridOutputs.Stage(outputs, results);
        if (report) ReportOutputs.StageGrid(outputs, first, results);
        outputs.Commit();
        string runs = cells.All(c => c.Sweep is null) ? "one run each (nothing is uncertain)"
            : $"{cells.First(c => c.Sweep is not null).Sweep!.Request.Replicates} replicates each" + (cells.Any(c => c.Sweep is null) ? " (one run where nothing is uncertain)" : "");
        output.WriteLine($"{first.Spec.Name}: a grid of {cells.Count} cells ({string.Join(" x ", axes.Select(a => a.Values.Count))}) on the {target.Description}, {runs}, seed {first.Spec.Seed}");
        output.WriteLine();
        output.Write(GridOutputs.Table(results));
        output.WriteLine();
        output.WriteLine($"wrote grid.csv{(report ? ", report.html, charts/" : "")} and {cells[0].Folder}/ to {cells[^1].Folder}/ to {outputs.Path}");
    }

    private static SweepJob Plan(ParseResult result, Scenarios.LoadedScenario loaded, NumberOption replicates, NumberOption batch, Option<string?> sensitivity, NumberOption sobol)
    {
        var spec = loaded.Spec;
        if (spec.Uncertain.Count == 0)
            throw new UsageException($"{loaded.FileName}: no parameter has a distribution, so every replicate would be the same; give one a distribution map (see scenarios/README.md, 'Uncertain parameters')");
        var layout = new SweepLayout(spec);
        string? outcomeText = result.GetValue(sensitivity);
        SweepOutcome? outcome = null;
        if (outcomeText is not null && (outcome = SweepOutcome.Parse(outcomeText, layout, out string? why)) is null)
            throw new UsageException($"--sensitivity: {why}");
        int? sobolSamples = sobol.Find(result) is { } s ? (int)s : null;
        if (sobolSamples is not null && outcome is null) throw new UsageException("--sobol needs --sensitivity OUTCOME: the indices are of an outcome");
        var kind = outcome is null ? SweepKind.MonteCarlo : SweepKind.OneAtATime;
        int count = kind == SweepKind.MonteCarlo ? (int)replicates.Get(result) : 1 + 2 * spec.Uncertain.Count;
        var request = new SweepRequest(GrainKeys.NewRunId(), spec, kind, count, (int)batch.Get(result), outcome?.Name, loaded.FileName, loaded.Description);
        if (request.Problem() is { } problem) throw new UsageException($"{loaded.FileName}: {problem}");
        if (SweepPlan.FirstInvalid(spec, request.Design()) is { } invalid) throw new UsageException($"{loaded.FileName}: {invalid}");
        if (sobolSamples is { } n && SweepPlan.FirstInvalid(spec, new SobolDesign(spec, n)) is { } invalidSobol) throw new UsageException($"{loaded.FileName}: {invalidSobol}");
        return new SweepJob(request, loaded, outcome, sobolSamples);
    }
}
