using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>Binary wire form of <see cref="GpqaMilestone"/>, so the <see cref="LabSummary"/> a sweep ships per lab and
/// replicate stays binary all the way down.</summary>
[GenerateSerializer, Alias("SimCluster.GpqaMilestone")]
public struct GpqaMilestoneSurrogate
{
    /// <summary>The level, in percent.</summary>
    [Id(0)] public double Gpqa;

    /// <summary>First year at or above it; null if never reached.</summary>
    [Id(1)] public double? Year;

    /// <summary>Cumulative energy at that step, kWh.</summary>
    [Id(2)] public double? EnergyKwhCumulative;

    /// <summary>Cumulative cost at that step, USD.</summary>
    [Id(3)] public double? CostUsdCumulative;
}

/// <summary>Converts <see cref="GpqaMilestone"/> to and from its surrogate.</summary>
[RegisterConverter]
public sealed class GpqaMilestoneConverter : IConverter<GpqaMilestone, GpqaMilestoneSurrogate>
{
    /// <inheritdoc />
    public GpqaMilestone ConvertFromSurrogate(in GpqaMilestoneSurrogate s) => new(s.Gpqa, s.Year, s.EnergyKwhCumulative, s.CostUsdCumulative);

    /// <inheritdoc />
    public GpqaMilestoneSurrogate ConvertToSurrogate(in GpqaMilestone m) =>
        new() { Gpqa = m.Gpqa, Year = m.Year, EnergyKwhCumulative = m.EnergyKwhCumulative, CostUsdCumulative = m.CostUsdCumulative };
}
