using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;
using SimCluster.Model.World;

namespace SimCluster.Grains.Tests;

/// <summary>The records a sweep ships per replicate cross the wire through their binary surrogates, every field intact.</summary>
public sealed class SweepRecordSerializationTests
{
    private static readonly Serializer Serializer =
        new ServiceCollection().AddSerializer(s => s.AddSimClusterModel()).BuildServiceProvider().GetRequiredService<Serializer>();

    [Fact]
    public void A_replicate_record_round_trips_bit_for_bit()
    {
        var lab = new LabSummary("lab-a", "balanced", 2031.25, null,
            [new GpqaMilestone(70, 2026.5, 1.5e9, 2.5e10), new GpqaMilestone(80, 2029.0 + 1 / 12.0, 3e10, 4.1e11), new GpqaMilestone(90, null, null, null)],
            2064, 1.8180000000000001, 99.9, 4.2e13, 1.6e12, 8.04e12, 81,
            141.2, 163.9, null, 171.30000000000001, 3.3e29, [new CapabilityMilestone("ECI 150", 150, 2033.5), new CapabilityMilestone("ECI 200", 200, null)]);
        var record = new ReplicateRecord(7, [0.1, double.PositiveInfinity], [lab, lab with { Lab = "lab-b", ExhaustionYear = null }], [double.NaN, 2.5]);

        var copy = Serializer.Deserialize<ReplicateRecord>(Serializer.SerializeToArray(record))!;

        Assert.Equal(Text(record), Text(copy));
    }

    [Fact]
    public void Sweep_records_are_not_carried_as_json()
    {
        Assert.False(ModelSerialization.IsModelType(typeof(ReplicateRecord)));
        Assert.False(ModelSerialization.IsModelType(typeof(LabSummary)));
        Assert.False(ModelSerialization.IsModelType(typeof(GpqaMilestone)));
        Assert.True(ModelSerialization.IsModelType(typeof(TrajectoryRow)));
    }

    // JSON writes doubles in shortest round-trip form, so equal text means equal bits (and lists print their items).
    private static string Text(ReplicateRecord r) => JsonSerializer.Serialize(r, ModelSerialization.Options);
}
