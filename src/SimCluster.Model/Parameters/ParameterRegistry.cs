using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Parameters;

/// <summary>
/// Every scenario parameter, each declared once, so nothing derived from it can disagree: the top level, the world,
/// and the three entity lists, in the order a file writes them. Adding a parameter is one entry in one of the
/// <c>*Definitions</c> files plus the code that uses it; its key checks, range check, sweep table entry, writer line,
/// schema, reference row, <c>params</c> row and <c>--set</c> key follow from the entry.
/// </summary>
public static class ParameterRegistry
{
    /// <summary>Every parameter in file order.</summary>
    public static IReadOnlyList<Parameter> All { get; } = Build();

    private static readonly Dictionary<string, Parameter> ByKey = All.ToDictionary(p => p.Key, StringComparer.Ordinal);

    /// <summary>The parameter whose key template is <paramref name="template"/>, or null.</summary>
    public static Parameter? Find(string template) => ByKey.GetValueOrDefault(template);

    /// <summary>The keys directly under <paramref name="level"/> (a key template, "" for the top), in file order.</summary>
    public static IReadOnlyList<Parameter> Children(string level) => All.Where(p => p.Level == level).ToArray();

    /// <summary>Every parameter of <paramref name="spec"/> that applies to it, per entity, in file order: the top level
    /// and the world, then each source, cluster and lab in its list's order, with all of its parameters together.</summary>
    public static IEnumerable<BoundParameter> Expand(ScenarioSpec spec)
    {
        foreach (var p in All.Where(p => p.Entities is null && p.Applies(spec, null))) yield return new BoundParameter(p, null);
        foreach (var list in EntityList.All)
        {
            var own = All.Where(p => p.Entities == list).ToArray();
            foreach (string name in list.Names(spec))
                foreach (var p in own)
                    if (p.Applies(spec, name)) yield return new BoundParameter(p, name);
        }
    }

    /// <summary>The numbers a sweep may draw, per entity, in file order.</summary>
    public static IEnumerable<BoundParameter> Variable(ScenarioSpec spec) =>
        Expand(spec).Where(b => b.Definition is { Kind: ParameterKind.Number, Variable: true, Set: not null });

    /// <summary>
    /// The template of a concrete key (<c>labs.OpenAI.budget.x</c> → <c>labs.&lt;lab&gt;.budget.x</c>) and the entity it
    /// names, or (the key, null) when it names none.
    /// </summary>
    public static (string Template, string? Entity) Parse(string key)
    {
        foreach (var list in EntityList.All)
        {
            string prefix = list.Key + ".";
            if (!key.StartsWith(prefix, StringComparison.Ordinal)) continue;
            string rest = key[prefix.Length..];
            int dot = rest.IndexOf('.');
            string entity = dot < 0 ? rest : rest[..dot];
            return (prefix + list.Placeholder + (dot < 0 ? "" : rest[dot..]), entity);
        }
        return (key, null);
    }

    /// <summary>The parameter <paramref name="key"/> names in <paramref name="spec"/>, or null.</summary>
    public static BoundParameter? Resolve(ScenarioSpec spec, string key)
    {
        var (template, entity) = Parse(key);
        if (Find(template) is not { } p) return null;
        if (p.Entities is { } list && (entity is null || !list.Names(spec).Contains(entity, StringComparer.Ordinal))) return null;
        return p.Applies(spec, entity) ? new BoundParameter(p, entity) : null;
    }

    private static Parameter[] Build()
    {
        Parameter[] all = [.. ScenarioDefinitions.All(), .. WorldDefinitions.All(), .. SourceDefinitions.All(), .. ClusterDefinitions.All(), .. LabDefinitions.All()];
        // The registry is the format: a repeated key or a key under no section would be a format nobody can write.
        var duplicate = all.GroupBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"parameter '{duplicate.Key}' is declared twice");
        var sections = all.Where(p => p.Kind is ParameterKind.Section).Select(p => p.Key)
            .Concat(EntityList.All.Select(e => $"{e.Key}.{e.Placeholder}")).Append("").ToHashSet(StringComparer.Ordinal);
        if (all.FirstOrDefault(p => !sections.Contains(p.Level)) is { } orphan)
            throw new InvalidOperationException($"parameter '{orphan.Key}' is under '{orphan.Level}', which is no section");
        return all;
    }
}
