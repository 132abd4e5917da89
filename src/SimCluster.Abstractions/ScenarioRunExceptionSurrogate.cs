using SimCluster.Model.Scenarios;

namespace SimCluster.Abstractions;

/// <summary>
/// Wire form of <see cref="ScenarioRunException"/>, which a lab or cluster grain throws when a run leaves the
/// computable range. Orleans' general exception codec would keep its type and message but drop Path, Year and
/// Detail (they are the subclass's own), and System.Text.Json cannot write an exception at all; commands need all
/// three to report the file's field, so the exception crosses silos as these three values.
/// </summary>
[GenerateSerializer, Immutable, Alias("SimCluster.ScenarioRunException")]
public readonly struct ScenarioRunExceptionSurrogate(string path, double year, string detail)
{
    /// <summary>The scenario field to change.</summary>
    [Id(0)] public string Path { get; } = path;

    /// <summary>Simulated year at which the run left the range.</summary>
    [Id(1)] public double Year { get; } = year;

    /// <summary>What went out of range and what to do.</summary>
    [Id(2)] public string Detail { get; } = detail;
}

/// <summary>Converts <see cref="ScenarioRunException"/> to and from its surrogate.</summary>
[RegisterConverter]
public sealed class ScenarioRunExceptionConverter : IConverter<ScenarioRunException, ScenarioRunExceptionSurrogate>
{
    /// <inheritdoc />
    public ScenarioRunException ConvertFromSurrogate(in ScenarioRunExceptionSurrogate s) => new(s.Path, s.Year, s.Detail);

    /// <inheritdoc />
    public ScenarioRunExceptionSurrogate ConvertToSurrogate(in ScenarioRunException e) => new(e.Path, e.Year, e.Detail);
}
