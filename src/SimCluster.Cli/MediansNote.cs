using SimCluster.Model.Scenarios;

namespace SimCluster.Cli;

/// <summary>What `run` says of a scenario with distributions: one run takes each at its median, which a reader of the
/// tables should know before comparing them with a sweep's percentiles.</summary>
public static class MediansNote
{
    /// <summary>The note, or null when nothing in the scenario is uncertain.</summary>
    public static string? For(ScenarioSpec spec) => spec.Uncertain.Count == 0 ? null
        : $"note: {spec.Uncertain.Count} parameter(s) are distributions ({string.Join(", ", spec.Uncertain.Select(u => u.Path))}); " +
          "this run used their medians. `simcluster sweep` draws them.";
}
