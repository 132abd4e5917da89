using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Parameters;

/// <summary>
/// Where a part of a scenario sits, for the registry's getters and setters: how to read it (for the entity named,
/// when the part belongs to one) and how to make a scenario with it changed. Records are immutable, so a setter
/// rebuilds the path down to the part.
/// </summary>
internal sealed record Lens<T>(Func<ScenarioSpec, string?, T> Read, Func<ScenarioSpec, string?, Func<T, T>, ScenarioSpec> Update)
{
    /// <summary>The part of <typeparamref name="T"/> that <paramref name="get"/> reads and <paramref name="set"/> replaces.</summary>
    public Lens<TPart> Then<TPart>(Func<T, TPart> get, Func<T, TPart, T> set) =>
        new((s, e) => get(Read(s, e)), (s, e, change) => Update(s, e, t => set(t, change(get(t)))));
}

/// <summary>The lenses of a scenario's sections.</summary>
internal static class Lenses
{
    public static Lens<ScenarioSpec> Scenario { get; } = new((s, _) => s, (s, _, change) => change(s));

    public static Lens<Simulation.WorldParameters> World { get; } = Scenario.Then(s => s.World, (s, w) => s with { World = w });

    public static Lens<Data.DataSourceParameters> Source { get; } = new(
        (s, name) => Named(s.Sources, x => x.Name, name),
        (s, name, change) => s with { Sources = Replace(s.Sources, x => x.Name, name, change) });

    public static Lens<ClusterSpec> Cluster { get; } = new(
        (s, name) => Named(s.Clusters, x => x.Name, name),
        (s, name, change) => s with { Clusters = Replace(s.Clusters, x => x.Name, name, change) });

    public static Lens<LabSpec> Lab { get; } = new(
        (s, name) => Named(s.Labs, x => x.Name, name),
        (s, name, change) => s with { Labs = Replace(s.Labs, x => x.Name, name, change) });

    private static T Named<T>(IReadOnlyList<T> items, Func<T, string> nameOf, string? name) =>
        items.FirstOrDefault(x => nameOf(x) == name) ?? throw new ArgumentException($"the scenario has no entity named '{name}'", nameof(name));

    private static T[] Replace<T>(IReadOnlyList<T> items, Func<T, string> nameOf, string? name, Func<T, T> change)
    {
        var copy = items.ToArray();
        int i = Array.FindIndex(copy, x => nameOf(x) == name);
        if (i < 0) throw new ArgumentException($"the scenario has no entity named '{name}'", nameof(name));
        copy[i] = change(copy[i]);
        return copy;
    }
}
