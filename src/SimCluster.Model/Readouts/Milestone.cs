namespace SimCluster.Model.Readouts;

/// <summary>A named capability threshold: the K at which a readout first shows <paramref name="Name"/>.</summary>
/// <param name="Name">What is reached, e.g. "GPQA Diamond 80".</param>
/// <param name="Capability">The K (ECI) needed; +∞ when the readout can never reach it.</param>
public sealed record Milestone(string Name, double Capability);
