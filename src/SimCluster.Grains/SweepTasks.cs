using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>The replicate tasks and batches of a request: a pure function of it, so any grain recomputes them alike.</summary>
internal static class SweepTasks
{
    public static IReadOnlyList<IReadOnlyList<ReplicateTask>> Batches(SweepRequest r) =>
        SweepPlan.Batches(r.Kind switch
        {
            SweepKind.MonteCarlo => SweepPlan.MonteCarlo(r.Scenario, r.Replicates),
            SweepKind.Sobol => SobolDesign.Tasks(r.Scenario, r.Replicates),
            _ => OneAtATime.Tasks(r.Scenario),
        }, r.BatchSize);

    public static string BatchKey(string sweepId, int batch) => GrainKeys.Entity(sweepId, $"batch-{batch}");
}
