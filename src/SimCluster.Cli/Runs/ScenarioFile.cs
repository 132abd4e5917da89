using SimCluster.Scenarios;
using SimCluster.Scenarios.Overrides;

namespace SimCluster.Cli.Runs;

/// <summary>Loads scenario files for commands: every error becomes one `file:line:column: field: message` line, exit 2.</summary>
public static class ScenarioFile
{
    /// <summary>The loaded scenario with <paramref name="overrides"/> (--set) in place of what the file writes at their
    /// keys, and its seed replaced when <paramref name="seed"/> is given.</summary>
    public static LoadedScenario Load(string path, ulong? seed = null, IReadOnlyList<ScenarioOverride>? overrides = null)
    {
        var result = ScenarioLoader.Load(path, overrides ?? []);
        if (!result.Succeeded) throw new ScenarioFileException(result.Errors);
        var loaded = result.Scenario!;
        return seed is { } s ? loaded with { Spec = loaded.Spec with { Seed = s } } : loaded;
    }
}
