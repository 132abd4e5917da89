using SimCluster.Abstractions;
using SimCluster.Cli.Outputs;
using SimCluster.Model.Sweeps;
using SimCluster.Scenarios;

namespace SimCluster.Cli.Runs;

/// <summary>
/// Collects a started sweep into an output folder (staged, committed by the caller): Monte Carlo files as records
/// stream in, a tornado, or Sobol indices. Failures become the command's errors: a replicate that cannot run is bad
/// input (exit 2), naming the file; a sweep the cluster does not hold says why it may have gone.
/// </summary>
internal sealed class SweepCollection(SweepClient client, SweepTarget target, TextWriter output, TextWriter error)
{
    /// <summary>Collects <paramref name="job"/>'s sweep into <paramref name="outputs"/> and prints its table; with
    /// <paramref name="report"/>, its charts and report.html too. Returns a Monte Carlo sweep's summary (null for the others).</summary>
    public async Task<SweepSummary?> CollectAsync(SweepJob job, OutputDirectory outputs, bool report, CancellationToken cancellationToken)
    {
        var request = job.Request;
        var loaded = job.Scenario;
        File.WriteAllText(outputs.Stage("scenario.resolved.yaml"), ScenarioWriter.Write(request.Scenario, loaded.Description, ProgramInfo.Version));
        switch (request.Kind)
        {
            case SweepKind.MonteCarlo:
            {
                SweepSummary summary;
                using (var files = new RecordFiles(outputs, request))
                    summary = await Collect(job, "replicates", files.Write, cancellationToken);
                SweepOutputs.StageMonteCarlo(outputs, loaded, request, summary, target.Description, output);
                if (report) ReportOutputs.StageSweep(outputs, loaded, summary);
                return summary;
            }
            case SweepKind.OneAtATime:
            {
                var runs = new List<ReplicateRecord>();
                await Collect(job, "runs", records => runs.AddRange(records.Select(r => r with { Labs = [] })), cancellationToken);
                var tornado = OneAtATime.Tornado(request.Scenario, new SweepLayout(request.Scenario).Labs, runs);
                SweepOutputs.StageSensitivity(outputs, loaded, request, tornado, job.Outcome!, target.Description, output);
                if (report) ReportOutputs.StageSensitivity(outputs, loaded, tornado, job.Outcome!);
                break;
            }
            default:
            {
                var runs = new List<ReplicateRecord>();
                await Collect(job, "runs", records => runs.AddRange(records.Select(r => r with { Labs = [], Values = [] })), cancellationToken);
                var indices = SobolAnalysis.Analyse(request.Scenario, new SweepLayout(request.Scenario).Labs, runs, job.Outcome!.Unit);
                SweepOutputs.StageSobol(outputs, indices, job.Outcome, request.Replicates, output);
                break;
            }
        }
        return null;
    }

    /// <summary>Starts <paramref name="request"/>; a request the cluster refuses is bad input.</summary>
    public async Task StartAsync(SweepRequest request, string fileName, CancellationToken cancellationToken)
    {
        try
        {
            await client.StartAsync(request, cancellationToken);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"{fileName}: the sweep was refused: {e.Message}");
        }
        if (target.IsCluster)
            error.WriteLine($"sweep {request.SweepId} started on the {target.Description}; if this client stops, collect it with: " +
                $"simcluster sweep --attach {request.SweepId} --cluster {target.Connection}");
    }

    private async Task<SweepSummary> Collect(SweepJob job, string unit, Action<IReadOnlyList<ReplicateRecord>> records, CancellationToken cancellationToken)
    {
        var request = job.Request;
        var bar = ProgressBar.ForConsole(error, request.Scenario.Name + (request.Kind == SweepKind.Sobol ? " sobol" : ""), unit);
        try
        {
            return await client.CollectAsync(request, bar, records, cancellationToken: cancellationToken);
        }
        catch (SweepFailedException e)
        {
            await ForgetQuietly(request.SweepId);
            if (e.UserError) throw new UsageException($"{job.Scenario.FileName}: the sweep stopped: {e.Message}");
            throw new CommandFailedException($"the sweep failed: {e.Message}");
        }
        catch (SweepNotFoundException)
        {
            // It existed when this client started or attached to it: its stored state has gone since.
            throw new CommandFailedException($"sweep {request.SweepId} vanished from the cluster's storage while it ran (was Redis restarted without persistence?); start it again");
        }
        catch (OperationCanceledException) when (target.IsCluster)
        {
            // Ctrl+C stops the sweep, not just this client (to leave it running, start it with --detach).
            bar.Done();
            try
            {
                using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await client.CancelAsync(request.SweepId, deadline.Token);
                error.WriteLine($"cancelled sweep {request.SweepId} on the {target.Description}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                error.WriteLine($"could not cancel sweep {request.SweepId} ({e.Message}); cancel it with: simcluster sweep --cancel {request.SweepId} --cluster {target.Connection}");
            }
            throw;
        }
        catch (ClusterLostException e)
        {
            throw new ClusterLostException($"{e.Message}; the sweep may still be running: collect it with simcluster sweep --attach {request.SweepId} --cluster {target.Connection}", e);
        }
        finally
        {
            bar.Done();
        }
    }

    /// <summary>Deletes a collected sweep's state; a failure here loses nothing (the state expires).</summary>
    public async Task ForgetQuietly(string sweepId)
    {
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await client.ForgetAsync(sweepId, deadline.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"warning: could not delete sweep {sweepId}'s state from the cluster ({e.Message}); it expires on its own");
        }
    }
}
