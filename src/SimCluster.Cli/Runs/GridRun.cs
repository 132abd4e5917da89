using SimCluster.Abstractions;
using SimCluster.Cli.Outputs;
using SimCluster.Model.Scenarios;

namespace SimCluster.Cli.Runs;

/// <summary>
/// Runs a grid sweep's cells one after another on the sweep's target, each into its own subfolder of the outputs:
/// a cell with uncertain parameters as a Monte Carlo sweep (the same machinery and files as <c>sweep</c>), one
/// without as a single run (the files of <c>run</c>). A line per cell on stderr says which cell is running.
/// </summary>
internal sealed class GridRun(SweepClient client, SweepTarget target, TextWriter error)
{
    /// <summary>Each cell's labs, in cell order.</summary>
    public async Task<IReadOnlyList<(GridCell Cell, IReadOnlyList<GridLabResult> Labs)>> RunAsync(IReadOnlyList<GridCell> cells, OutputDirectory outputs,
        CancellationToken cancellationToken)
    {
        // A cell's own table would bury the grid's: only the grid's is printed.
        var collection = new SweepCollection(client, target, TextWriter.Null, error);
        var results = new List<(GridCell, IReadOnlyList<GridLabResult>)>();
        foreach (var cell in cells)
        {
            error.WriteLine($"cell {cell.Number}/{cells.Count} ({cell.Folder}): {cell.Describe()}");
            var dir = outputs.Subfolder(cell.Folder);
            if (cell.Sweep is { } job)
            {
                await collection.StartAsync(job.Request, cell.Scenario.FileName, cancellationToken);
                var summary = await collection.CollectAsync(job, dir, false, cancellationToken);
                await collection.ForgetQuietly(job.Request.SweepId);
                results.Add((cell, GridLabResult.From(summary!).ToArray()));
            }
            else
            {
                var run = await RunOnceAsync(cell, cancellationToken);
                GuardWarnings.Write(error, $"{cell.Scenario.Spec.Name} {cell.Folder}", RunOutputs.Stage(dir, cell.Scenario, run).Warnings);
                results.Add((cell, GridLabResult.From(run.Summary).ToArray()));
            }
        }
        return results;
    }

    private async Task<RunResult> RunOnceAsync(GridCell cell, CancellationToken cancellationToken)
    {
        var bar = ProgressBar.ForConsole(error, cell.Scenario.Spec.Name, "steps");
        try
        {
            return await ScenarioRunner.RunAsync(target.Grains, cell.Scenario.Spec, bar, cancellationToken: cancellationToken);
        }
        catch (ScenarioRunException e)
        {
            throw new UsageException(RunError.Line(cell.Scenario.FileName, e));
        }
        finally
        {
            bar.Done();
        }
    }
}
