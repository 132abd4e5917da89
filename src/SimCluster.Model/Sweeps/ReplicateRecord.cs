using SimCluster.Model.World;

namespace SimCluster.Model.Sweeps;

/// <summary>
/// What a sweep keeps of one replicate for its per-replicate files and its sensitivity analyses: the values its
/// uncertain parameters took (in the scenario's declaration order), each lab's summary (lab-name order) and, when the
/// sweep has an outcome, that outcome per lab (NaN when a milestone was never met). A few hundred bytes, against the
/// ten thousand band values the replicate produced, which the sweep folds into its bands instead of keeping.
/// </summary>
/// <param name="Replicate">Replicate (task) number.</param>
/// <param name="Values">Uncertain parameter values, in <c>ScenarioSpec.Uncertain</c> order.</param>
/// <param name="Labs">Per-lab summaries, in lab-name order.</param>
/// <param name="Outcome">The sweep's outcome per lab; empty when it has none.</param>
public sealed record ReplicateRecord(long Replicate, double[] Values, IReadOnlyList<LabSummary> Labs, double[] Outcome)
{
    /// <summary>The record of <paramref name="o"/>, with <paramref name="outcome"/> read per lab when given.</summary>
    public static ReplicateRecord Of(ReplicateOutcome o, SweepOutcome? outcome) => new(
        o.Replicate, o.Values.Select(v => v.Value).ToArray(), o.Labs,
        outcome is null ? [] : Enumerable.Range(0, o.Labs.Count).Select(lab => outcome.Read(o, lab)).ToArray());
}
