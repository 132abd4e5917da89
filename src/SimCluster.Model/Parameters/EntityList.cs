using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Parameters;

/// <summary>
/// A list of named entities in a scenario (sources, clusters, labs). In a key, the entity's name takes the place of
/// its placeholder: <c>labs.&lt;lab&gt;.budget.initial_usd_per_year</c> is <c>labs.OpenAI.budget.initial_usd_per_year</c>
/// for the lab named OpenAI, whatever its place in the file.
/// </summary>
/// <param name="Key">The list's key at the top of a file.</param>
/// <param name="Placeholder">What stands for an entity's name in a key template.</param>
/// <param name="Noun">The entity in words, for messages.</param>
/// <param name="Names">The entities' names in a scenario, in file order.</param>
public sealed record EntityList(string Key, string Placeholder, string Noun, Func<ScenarioSpec, IReadOnlyList<string>> Names)
{
    /// <summary>Data sources.</summary>
    public static EntityList Sources { get; } = new("sources", "<source>", "data source", s => s.Sources.Select(x => x.Name).ToArray());

    /// <summary>GPU clusters.</summary>
    public static EntityList Clusters { get; } = new("clusters", "<cluster>", "cluster", s => s.Clusters.Select(x => x.Name).ToArray());

    /// <summary>Labs.</summary>
    public static EntityList Labs { get; } = new("labs", "<lab>", "lab", s => s.Labs.Select(x => x.Name).ToArray());

    /// <summary>All three, in file order.</summary>
    public static IReadOnlyList<EntityList> All { get; } = [Sources, Clusters, Labs];

    /// <summary>The list whose key starts <paramref name="template"/> (<c>labs.&lt;lab&gt;...</c>), or null for world and top-level keys.</summary>
    public static EntityList? Of(string template) =>
        All.FirstOrDefault(e => template.StartsWith(e.Key + "." + e.Placeholder, StringComparison.Ordinal));
}
