namespace SimCluster.Abstractions;

/// <summary>Grain keys: a run's entities are keyed by run id and entity name, so runs never share grains.</summary>
public static class GrainKeys
{
    /// <summary>Key of an entity <paramref name="name"/> in run <paramref name="runId"/>.</summary>
    public static string Entity(string runId, string name) => $"{runId}/{name}";

    /// <summary>A fresh run id.</summary>
    public static string NewRunId() => Guid.NewGuid().ToString("N");
}
