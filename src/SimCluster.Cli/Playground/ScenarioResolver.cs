using SimCluster.Scenarios;
using SimCluster.Scenarios.Overrides;

namespace SimCluster.Cli.Playground;

/// <summary>Turns a state into the scenario it describes, every override checked as <c>run --set</c> checks it.</summary>
public sealed class ScenarioResolver(PresetCatalog presets, UploadStore uploads)
{
    /// <summary>The shipped scenarios.</summary>
    public PresetCatalog Presets => presets;

    /// <summary>The scenario of <paramref name="state"/>; throws <see cref="PlaygroundException"/> listing what is wrong.</summary>
    public LoadedScenario Resolve(PlaygroundState state)
    {
        var (text, fileName) = Source(state);
        var overrides = state.Sets.Select(set => ScenarioOverride.Parse(set, "--set", out string? problem)
            ?? throw PlaygroundException.Of("set", $"'{set}': {problem}")).ToArray();
        var loaded = ScenarioLoader.Parse(text, fileName, overrides);
        if (!loaded.Succeeded) throw new PlaygroundException(loaded.Errors.Select(ApiError.Of).ToArray());
        return loaded.Scenario!;
    }

    private (string Text, string FileName) Source(PlaygroundState state)
    {
        if (state.Preset is { } name)
        {
            var preset = presets.Find(name) ?? throw PlaygroundException.Of("preset",
                $"no shipped scenario '{name}'; choose one of {string.Join(", ", presets.All.Select(p => p.Name))}", 404);
            return (preset.Text, preset.FileName);
        }
        string text = uploads.Find(state.Upload!) ?? throw PlaygroundException.Of("upload",
            $"no upload '{state.Upload}' on this server (uploads live in memory while it runs); upload the file again", 404);
        return (text, UploadStore.FileName);
    }
}
