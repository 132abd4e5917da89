using SimCluster.Model.World;

namespace SimCluster.Model.Sweeps;

/// <summary>What one replicate leaves behind: its parameter values, its per-lab summaries, and its band values
/// laid out by <see cref="SweepLayout"/> (NaN where a year has no value).</summary>
public sealed record ReplicateOutcome(long Replicate, IReadOnlyList<ParameterValue> Values, IReadOnlyList<LabSummary> Labs, double[] BandValues);
