namespace SimCluster.Model.Sweeps;

/// <summary>
/// The runs of a sweep, by number: a pure function of the scenario and the design's size, computed on demand, so a
/// batch (or a check) can take its own tasks without anyone holding the other million.
/// </summary>
public interface ISweepDesign
{
    /// <summary>How many runs.</summary>
    long Count { get; }

    /// <summary>Run <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>).</summary>
    ReplicateTask Task(long index);
}
