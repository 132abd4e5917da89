namespace SimCluster.Model.World;

/// <summary>
/// When a lab's capability K first reached a milestone of <see cref="Readouts.MilestoneTable"/>. Dated by K rather
/// than by a benchmark score because most of these readouts (ECI itself, METR horizons) never saturate, so they keep
/// separating strategies after GPQA has flattened near its ceiling.
/// </summary>
/// <param name="Name">The milestone, e.g. "ECI 175" or "METR horizon 1 month".</param>
/// <param name="Capability">The K (ECI) it needs; +∞ when its readout can never reach it.</param>
/// <param name="Year">First step-end year with K at or above <paramref name="Capability"/>; null if never reached.</param>
public sealed record CapabilityMilestone(string Name, double Capability, double? Year);
