using System.Diagnostics;
using SimCluster.Abstractions;
using SimCluster.Cli.Runs;
using SimCluster.Model.Guards;
using SimCluster.Model.Scenarios;

namespace SimCluster.Cli.Playground;

/// <summary>
/// Runs states on the grains, each state once: a run is a pure function of its state, so the charts, the comparison
/// and every download of one state share one run, and two requests for a state in flight share its computation.
/// Bounded (oldest out first); a state that does not resolve, or a run that failed, is not kept, so a retry runs again.
/// </summary>
public sealed class RunCache(ScenarioResolver resolver, GrainAccess access)
{
    /// <summary>Runs kept at once (a 4-lab, 40-year run's rows are about 1 MB).</summary>
    public const int Capacity = 32;

    private readonly RecentItems<PlaygroundState, Lazy<Task<PlaygroundRun>>> _runs = new(Capacity);

    /// <summary>The run of <paramref name="state"/>; a state that does not resolve fails with <see cref="PlaygroundException"/>.</summary>
    public async Task<PlaygroundRun> GetAsync(PlaygroundState state)
    {
        var run = _runs.GetOrAdd(state, s => new Lazy<Task<PlaygroundRun>>(() => RunAsync(s)));
        try
        {
            return await run.Value;
        }
        catch
        {
            _runs.Remove(state, run);
            throw;
        }
    }

    private async Task<PlaygroundRun> RunAsync(PlaygroundState state)
    {
        var clock = Stopwatch.StartNew();
        var scenario = resolver.Resolve(state);
        var grains = await access.Grains;
        try
        {
            var result = await grains.GetGrain<IWholeRunGrain>(0).Run(scenario.Spec);
            var dataWall = DataWallRun.Measure(scenario.Spec, result.Summary);
            var warnings = SanityGuards.Check(scenario.Spec, result.Labs);
            return new PlaygroundRun(state, scenario, result, dataWall, warnings, clock.Elapsed.TotalMilliseconds);
        }
        catch (ScenarioRunException e)
        {
            throw new PlaygroundException([new ApiError(scenario.FileName, 0, 0, e.Path, e.Detail, RunError.Line(scenario.FileName, e))]);
        }
    }
}
