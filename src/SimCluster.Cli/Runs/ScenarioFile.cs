using SimCluster.Scenarios;

namespace SimCluster.Cli.Runs;

/// <summary>Loads scenario files for commands: every error becomes one `file:line:column: field: message` line, exit 2.</summary>
public static class ScenarioFile
{
    /// <summary>The loaded scenario, with its seed replaced when <paramref name="seed"/> is given.</summary>
    public static LoadedScenario Load(string path, ulong? seed = null)
    {
        var result = ScenarioLoader.Load(path);
        if (!result.Succeeded) throw new ScenarioFileException(result.Errors);
        var loaded = result.Scenario!;
        return seed is { } s ? loaded with { Spec = loaded.Spec with { Seed = s } } : loaded;
    }
}
