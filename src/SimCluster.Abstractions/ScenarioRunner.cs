using SimCluster.Model.Scenarios;

namespace SimCluster.Abstractions;

/// <summary>
/// Client side of a run, for any grain factory (an embedded silo's, or a cluster client): starts the scenario grain,
/// advances it a chunk at a time reporting progress, then reads the rows and summary from the aggregator. The whole run
/// is one "scenario" span: a run spans many grain calls, so the span is opened here, on the side that makes them, and
/// the scenario grain's step spans nest under it.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>Steps per call: one simulated year at monthly steps, short enough to never near a call timeout.</summary>
    public const int DefaultChunk = 12;

    /// <summary>Runs <paramref name="scenario"/> to the end.</summary>
    public static async Task<RunResult> RunAsync(
        IGrainFactory grains, ScenarioSpec scenario, IProgress<RunProgress>? progress = null, int replicate = 0,
        int chunk = DefaultChunk, CancellationToken cancellationToken = default)
    {
        string runId = GrainKeys.NewRunId();
        using var span = SimClusterTelemetry.Source.StartActivity(SimClusterTelemetry.ScenarioSpan);
        span?.SetTag(SimClusterTelemetry.ScenarioTag, scenario.Name).SetTag(SimClusterTelemetry.RunTag, runId)
            .SetTag(SimClusterTelemetry.ReplicateTag, replicate).SetTag(SimClusterTelemetry.StepsTag, scenario.Steps)
            .SetTag(SimClusterTelemetry.LabsTag, scenario.Labs.Count);
        var clock = grains.GetGrain<IScenarioGrain>(runId);
        var p = await clock.Start(scenario, replicate);
        progress?.Report(p);
        while (!p.Finished)
        {
            cancellationToken.ThrowIfCancellationRequested();
            p = await clock.Advance(chunk);
            progress?.Report(p);
        }

        var aggregator = grains.GetGrain<IAggregatorGrain>(runId);
        var labs = new List<Model.World.TrajectoryRow>();
        await foreach (var row in aggregator.ReadTrajectories().WithCancellation(cancellationToken)) labs.Add(row);
        var sources = new List<Model.World.SourceRow>();
        await foreach (var row in aggregator.ReadSources().WithCancellation(cancellationToken)) sources.Add(row);
        return new RunResult(runId, labs, sources, await aggregator.GetSummary());
    }
}
