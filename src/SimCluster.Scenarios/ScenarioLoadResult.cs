namespace SimCluster.Scenarios;

/// <summary>The outcome of loading a scenario file: either the scenario or every error found, never both.</summary>
public sealed class ScenarioLoadResult
{
    private ScenarioLoadResult(LoadedScenario? scenario, IReadOnlyList<ScenarioError> errors)
    {
        Scenario = scenario;
        Errors = errors;
    }

    /// <summary>The loaded scenario; null when there are errors.</summary>
    public LoadedScenario? Scenario { get; }

    /// <summary>Every error, sorted by line and column; empty on success.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    /// <summary>Whether the file loaded and validated.</summary>
    public bool Succeeded => Scenario is not null;

    internal static ScenarioLoadResult Success(LoadedScenario scenario) => new(scenario, []);

    internal static ScenarioLoadResult Failure(IEnumerable<ScenarioError> errors) =>
        new(null, errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList());
}
