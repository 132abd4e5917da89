using SimCluster.Scenarios;

namespace SimCluster.Cli.Runs;

/// <summary>A scenario file with errors: a user error (exit 2) carrying every located error.</summary>
public sealed class ScenarioFileException(IReadOnlyList<ScenarioError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
{
    /// <summary>The errors, in file order.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}
