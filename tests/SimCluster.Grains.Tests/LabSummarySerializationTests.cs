using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using SimCluster.Abstractions;
using SimCluster.Model.Readouts;
using SimCluster.Model.World;

namespace SimCluster.Grains.Tests;

/// <summary>
/// A lab's summary crosses the wire with its capability fields intact: K at 2030/2040/2064 (null when the run ended
/// before), final K and C_eq, and the capability milestones, an unreachable one's +∞ included. Sweeps ship one per
/// lab and replicate, so these go binary like the rest of the summary.
/// </summary>
public sealed class LabSummarySerializationTests
{
    private static readonly Serializer Serializer =
        new ServiceCollection().AddSerializer(s => s.AddSimClusterModel()).BuildServiceProvider().GetRequiredService<Serializer>();

    private static LabSummary Sample() => new("lab-a", "balanced", 2031.25, 2033.5,
        [new GpqaMilestone(70, 2026.5, 1.5e9, 2.5e10), new GpqaMilestone(80, null, null, null), new GpqaMilestone(90, null, null, null)],
        2041, 2.0010000000000003, 78.4, 4.2e13, 1.6e12, 8.04e12, 17,
        CapabilityEci2030: 142.30000000000001, CapabilityEci2040: 158.7, CapabilityEci2064: null, FinalCapabilityEci: 159.1, FinalChinchillaEquivalentFlop: 3.3e29,
        CapabilityMilestones: [.. MilestoneTable.Default.Milestones.Select((m, i) => new CapabilityMilestone(m.Name, m.Capability, i == 0 ? 2036 + 1 / 12.0 : null)),
            new CapabilityMilestone("never", double.PositiveInfinity, null)]);

    [Fact]
    public void A_lab_summary_round_trips_bit_for_bit()
    {
        var summary = Sample();

        var copy = Serializer.Deserialize<LabSummary>(Serializer.SerializeToArray(summary))!;

        Assert.Equal(Text(summary), Text(copy));
        Assert.Null(copy.CapabilityEci2064);
        Assert.Equal(double.PositiveInfinity, copy.Reached("never").Capability);
    }

    [Fact]
    public void A_capability_milestone_round_trips_on_its_own()
    {
        var m = new CapabilityMilestone("ECI 175", 175, 2039.75);
        Assert.Equal(m, Serializer.Deserialize<CapabilityMilestone>(Serializer.SerializeToArray(m)));
    }

    [Fact]
    public void Capability_milestones_are_not_carried_as_json() =>
        Assert.False(ModelSerialization.IsModelType(typeof(CapabilityMilestone)));

    // JSON writes doubles in shortest round-trip form, so equal text means equal bits (and lists print their items).
    private static string Text(LabSummary s) => JsonSerializer.Serialize(s, ModelSerialization.Options);
}
