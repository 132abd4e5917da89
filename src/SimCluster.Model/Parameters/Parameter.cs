using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Parameters;

/// <summary>
/// One scenario parameter, declared once (<see cref="ParameterRegistry"/>): its key in the file's layout (entities by
/// name), what it is, its unit, default, allowed range and source, whether a sweep may vary it, and how to read it
/// from and set it on a resolved scenario. The file format, its validator and writer, sweeps, the JSON Schema, the
/// parameter reference, `simcluster params`, `--set` and the report's table of sources all come from these entries.
/// </summary>
public sealed record Parameter
{
    /// <summary>The key template, e.g. <c>labs.&lt;lab&gt;.budget.initial_usd_per_year</c> (see <see cref="EntityList"/>).</summary>
    public required string Key { get; init; }

    /// <summary>What the value is.</summary>
    public required ParameterKind Kind { get; init; }

    /// <summary>One line: what the parameter means.</summary>
    public required string Description { get; init; }

    /// <summary>The unit (empty for names and sections).</summary>
    public string Unit { get; init; } = "";

    /// <summary>The default in words, as the reference shows it ("5e9", "the preset's", "required").</summary>
    public string Default { get; init; } = "";

    /// <summary>The allowed values of a number; null when a range does not apply (or another check does).</summary>
    public ValueRange? Range { get; init; }

    /// <summary>Where the default comes from: a citation, or <c>assumption</c>.</summary>
    public string Source { get; init; } = "";

    /// <summary>Whether a sweep may draw it from a distribution.</summary>
    public bool Variable { get; init; }

    /// <summary>Whether a file must give it (at its level).</summary>
    public bool Required { get; init; }

    /// <summary>Whether <c>null</c> is one of its values (no power cap, no adaptive rule), as written in a file.</summary>
    public bool Nullable { get; init; }

    /// <summary>The names a <see cref="ParameterKind.Choice"/> allows; for a section, the built-in names it may be
    /// given as instead of a map (loss constants, strategy presets).</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Whether the parameter exists in a scenario for the entity named (null outside entity lists).</summary>
    public Func<ScenarioSpec, string?, bool> Applies { get; init; } = (_, _) => true;

    /// <summary>A number's value in a scenario (null: written as null, e.g. no power cap); null for other kinds.</summary>
    public Func<ScenarioSpec, string?, double?>? Get { get; init; }

    /// <summary>A copy of a scenario with the number set; null for other kinds and for numbers no sweep or override sets.</summary>
    public Func<ScenarioSpec, string?, double, ScenarioSpec>? Set { get; init; }

    /// <summary>A text, choice or name list's value in a scenario, each item as text; null for numbers and sections.</summary>
    public Func<ScenarioSpec, string?, IReadOnlyList<string>?>? Text { get; init; }

    /// <summary>The key's last segment: the YAML key at its level.</summary>
    public string Name => Key[(Key.LastIndexOf('.') + 1)..];

    /// <summary>The template of the map it sits in (empty at the top level).</summary>
    public string Level => Key.Contains('.') ? Key[..Key.LastIndexOf('.')] : "";

    /// <summary>The entity list the key belongs to, if any.</summary>
    public EntityList? Entities => EntityList.Of(Key);

    /// <summary>The concrete key for entity <paramref name="entity"/> (the template when the key is no entity's).</summary>
    public string KeyFor(string? entity) => Entities is { } list && entity is not null ? Key.Replace(list.Placeholder, entity, StringComparison.Ordinal) : Key;
}
