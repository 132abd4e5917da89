using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>Binary wire form of <see cref="CapabilityMilestone"/>, so the <see cref="LabSummary"/> a sweep ships per lab
/// and replicate stays binary all the way down.</summary>
[GenerateSerializer, Alias("SimCluster.CapabilityMilestone")]
public struct CapabilityMilestoneSurrogate
{
    /// <summary>The milestone's name.</summary>
    [Id(0)] public string Name;

    /// <summary>The K (ECI) it needs; +∞ when its readout can never reach it.</summary>
    [Id(1)] public double Capability;

    /// <summary>First year at or above it; null if never reached.</summary>
    [Id(2)] public double? Year;
}

/// <summary>Converts <see cref="CapabilityMilestone"/> to and from its surrogate.</summary>
[RegisterConverter]
public sealed class CapabilityMilestoneConverter : IConverter<CapabilityMilestone, CapabilityMilestoneSurrogate>
{
    /// <inheritdoc />
    public CapabilityMilestone ConvertFromSurrogate(in CapabilityMilestoneSurrogate s) => new(s.Name, s.Capability, s.Year);

    /// <inheritdoc />
    public CapabilityMilestoneSurrogate ConvertToSurrogate(in CapabilityMilestone m) => new() { Name = m.Name, Capability = m.Capability, Year = m.Year };
}
