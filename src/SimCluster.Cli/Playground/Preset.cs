using SimCluster.Scenarios;

namespace SimCluster.Cli.Playground;

/// <summary>A shipped scenario the playground offers: its file's text, and the scenario it loads to.</summary>
/// <param name="Name">The file's name without .yaml, as <c>preset=</c> gives it.</param>
/// <param name="FileName">The name errors cite, e.g. scenarios/baseline.yaml.</param>
/// <param name="Text">The file's text.</param>
/// <param name="Scenario">The scenario as shipped.</param>
public sealed record Preset(string Name, string FileName, string Text, LoadedScenario Scenario);
