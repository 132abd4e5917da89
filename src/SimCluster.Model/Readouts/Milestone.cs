namespace SimCluster.Model.Readouts;

/// <summary>A named capability threshold: the K at which a readout first shows <paramref name="Name"/>.</summary>
/// <param name="Name">What is reached, e.g. "GPQA Diamond 80".</param>
/// <param name="Capability">The K (ECI) needed; +∞ when the readout can never reach it.</param>
/// <param name="Key">The name in machine-read outputs and options (<c>eci175</c>, <c>metr_month</c>).</param>
public sealed record Milestone(string Name, double Capability, string Key);
