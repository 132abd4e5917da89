namespace SimCluster.Abstractions;

/// <summary>Where a sweep is.</summary>
public enum SweepPhase
{
    /// <summary>The cluster holds no such sweep: never started, collected and forgotten, cancelled, or expired.</summary>
    Unknown,

    /// <summary>Batches are running.</summary>
    Running,

    /// <summary>Every batch is merged; results can be collected.</summary>
    Completed,

    /// <summary>A replicate could not run (or the request was refused); see the failure.</summary>
    Failed,
}
