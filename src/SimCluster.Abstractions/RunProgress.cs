namespace SimCluster.Abstractions;

/// <summary>How far a run has got.</summary>
/// <param name="StepsDone">Steps completed.</param>
/// <param name="Steps">Steps in the scenario.</param>
[GenerateSerializer, Immutable, Alias("SimCluster.RunProgress")]
public sealed record RunProgress([property: Id(0)] long StepsDone, [property: Id(1)] long Steps)
{
    /// <summary>Whether every step has run.</summary>
    public bool Finished => StepsDone >= Steps;
}
