using SimCluster.Model.Sweeps;
using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>Binary wire form of <see cref="ReplicateRecord"/>: sweeps ship one per replicate, and JSON text would cost
/// more than the numbers. Doubles stay bit-exact.</summary>
[GenerateSerializer, Alias("SimCluster.ReplicateRecord")]
public struct ReplicateRecordSurrogate
{
    /// <summary>Replicate number.</summary>
    [Id(0)] public long Replicate;

    /// <summary>Uncertain parameter values.</summary>
    [Id(1)] public double[] Values;

    /// <summary>Per-lab summaries (binary too: <see cref="LabSummarySurrogate"/>).</summary>
    [Id(2)] public LabSummary[] Labs;

    /// <summary>Outcome per lab.</summary>
    [Id(3)] public double[] Outcome;
}

/// <summary>Converts <see cref="ReplicateRecord"/> to and from its surrogate.</summary>
[RegisterConverter]
public sealed class ReplicateRecordConverter : IConverter<ReplicateRecord, ReplicateRecordSurrogate>
{
    /// <inheritdoc />
    public ReplicateRecord ConvertFromSurrogate(in ReplicateRecordSurrogate s) => new(s.Replicate, s.Values, s.Labs, s.Outcome);

    /// <inheritdoc />
    public ReplicateRecordSurrogate ConvertToSurrogate(in ReplicateRecord r) =>
        new() { Replicate = r.Replicate, Values = r.Values, Labs = [.. r.Labs], Outcome = r.Outcome };
}
