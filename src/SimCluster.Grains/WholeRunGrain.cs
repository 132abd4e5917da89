using Orleans.Concurrency;
using SimCluster.Abstractions;
using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Grains;

/// <summary>
/// A whole run in one call (<see cref="IWholeRunGrain"/>): the plain loop, then the rows ordered as the aggregator
/// orders them (lab then step, source then step) so outputs written from either are the same bytes.
/// </summary>
[StatelessWorker]
public sealed class WholeRunGrain : Grain, IWholeRunGrain
{
    /// <inheritdoc />
    public Task<RunResult> Run(ScenarioSpec scenario)
    {
        ScenarioChecks.Require(scenario);
        var rows = WorldRun.RunAll(scenario);
        var labs = rows.Labs.OrderBy(r => r.Lab, StringComparer.Ordinal).ThenBy(r => r.Step).ToArray();
        var sources = rows.Sources.OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Step).ToArray();
        return Task.FromResult(new RunResult(GrainKeys.NewRunId(), labs, sources, RunSummary.From(scenario, labs)));
    }
}
