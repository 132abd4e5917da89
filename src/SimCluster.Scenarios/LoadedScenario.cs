using SimCluster.Model.Scenarios;

namespace SimCluster.Scenarios;

/// <summary>A scenario file that loaded and validated: the resolved spec plus what the spec does not carry.</summary>
/// <param name="Spec">Every parameter of the run, presets and defaults resolved.</param>
/// <param name="Description">The file's free-text description; null when it has none.</param>
/// <param name="FileName">The file name as given to the loader.</param>
public sealed record LoadedScenario(ScenarioSpec Spec, string? Description, string FileName);
