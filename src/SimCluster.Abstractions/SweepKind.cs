namespace SimCluster.Abstractions;

/// <summary>What a sweep's replicates are.</summary>
public enum SweepKind
{
    /// <summary>Replicates draw every uncertain parameter from its distribution.</summary>
    MonteCarlo,

    /// <summary>One run at the medians, then each parameter at its 10th and 90th percentile (a tornado).</summary>
    OneAtATime,

    /// <summary>The Saltelli design for Sobol indices: Replicates base samples, each run P + 2 times.</summary>
    Sobol,
}
