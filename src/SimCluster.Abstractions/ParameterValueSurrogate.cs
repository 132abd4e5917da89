using SimCluster.Model.Sweeps;

namespace SimCluster.Abstractions;

/// <summary>Binary wire form of <see cref="ParameterValue"/> (several per replicate in a sweep).</summary>
[GenerateSerializer, Alias("SimCluster.ParameterValue")]
public struct ParameterValueSurrogate
{
    /// <summary>Parameter path.</summary>
    [Id(0)] public string Path;

    /// <summary>Value.</summary>
    [Id(1)] public double Value;
}

/// <summary>Converts <see cref="ParameterValue"/> to and from its surrogate.</summary>
[RegisterConverter]
public sealed class ParameterValueConverter : IConverter<ParameterValue, ParameterValueSurrogate>
{
    /// <inheritdoc />
    public ParameterValue ConvertFromSurrogate(in ParameterValueSurrogate s) => new(s.Path, s.Value);

    /// <inheritdoc />
    public ParameterValueSurrogate ConvertToSurrogate(in ParameterValue v) => new() { Path = v.Path, Value = v.Value };
}
