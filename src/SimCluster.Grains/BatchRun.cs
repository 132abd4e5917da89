using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>
/// The arithmetic of one batch, off the Orleans scheduler: its replicates run in parallel on the silo's cores with the
/// plain model loop, each lane writing its own slot (so the result does not depend on which thread ran it), then fold
/// into the batch's milestone counts, band values and records. A replicate that cannot run makes the whole batch a
/// failure naming the lowest-numbered such replicate.
/// </summary>
internal static class BatchRun
{
    public static (BatchResult Result, List<ReplicateRecord>? Records) Compute(BatchWork work)
    {
        var request = work.Request;
        var spec = request.Scenario;
        var layout = new SweepLayout(spec);
        var outcome = request.ParsedOutcome(layout);
        var tasks = SweepPlan.Batch(request.Design(), work.Batch, request.BatchSize);
        var outcomes = new ReplicateOutcome[tasks.Count];
        var failures = new ReplicateFailure?[tasks.Count];
        Parallel.For(0, tasks.Count, i =>
        {
            try { outcomes[i] = ReplicateRunner.Run(spec, layout, tasks[i]); }
            catch (Exception e) when (e is not OutOfMemoryException) { failures[i] = ReplicateFailure.Of(tasks[i], e); }
        });
        if (ReplicateFailure.First(failures) is { } failure) return (BatchResult.Failed(failure), null);

        var bands = request.Kind == SweepKind.MonteCarlo ? new BandReservoir(layout, request.Replicates) : null;
        var kept = outcomes.Where(o => bands?.Wants(o.Replicate) == true).ToArray();
        var result = new BatchResult(
            MilestoneCounts.Of(layout.Labs.Count, outcomes.Select(o => o.Labs).ToArray()),
            kept.Select(o => o.Replicate).ToArray(), kept.Select(o => o.BandValues).ToArray(), null);
        return (result, outcomes.Select(o => ReplicateRecord.Of(o, outcome)).ToList());
    }
}
