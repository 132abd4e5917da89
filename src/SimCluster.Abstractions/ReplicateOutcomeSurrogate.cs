using SimCluster.Model.Sweeps;
using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>
/// How a <see cref="ReplicateOutcome"/> crosses the wire and into grain storage: its band array (about ten thousand
/// doubles per replicate of a 40-year, 4-lab scenario) in Orleans' binary form rather than as JSON text, which made
/// sweeps spend a third of their time formatting and parsing numbers. Doubles stay bit-exact either way.
/// </summary>
[GenerateSerializer, Alias("SimCluster.ReplicateOutcome")]
public struct ReplicateOutcomeSurrogate
{
    /// <summary>Replicate number.</summary>
    [Id(0)] public long Replicate;

    /// <summary>Parameter values (small; JSON codec).</summary>
    [Id(1)] public ParameterValue[] Values;

    /// <summary>Per-lab summaries (small; JSON codec).</summary>
    [Id(2)] public LabSummary[] Labs;

    /// <summary>Band values.</summary>
    [Id(3)] public double[] BandValues;
}

/// <summary>Converts <see cref="ReplicateOutcome"/> to and from its surrogate.</summary>
[RegisterConverter]
public sealed class ReplicateOutcomeConverter : IConverter<ReplicateOutcome, ReplicateOutcomeSurrogate>
{
    /// <inheritdoc />
    public ReplicateOutcome ConvertFromSurrogate(in ReplicateOutcomeSurrogate s) => new(s.Replicate, s.Values, s.Labs, s.BandValues);

    /// <inheritdoc />
    public ReplicateOutcomeSurrogate ConvertToSurrogate(in ReplicateOutcome o) =>
        new() { Replicate = o.Replicate, Values = [.. o.Values], Labs = [.. o.Labs], BandValues = o.BandValues };
}
