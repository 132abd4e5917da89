using SimCluster.Model.Parameters;
using SimCluster.Model.Scenarios;

namespace SimCluster.Cli.Playground;

/// <summary>The controls of <see cref="ControlCatalog"/> bound to one scenario: a control per entity the parameter applies to.</summary>
public static class Controls
{
    /// <summary>A group of controls, titled.</summary>
    public sealed record Group(string Title, IReadOnlyList<Control> Controls);

    /// <summary>The groups for <paramref name="spec"/>, with <paramref name="reference"/> (the scenario without overrides) for resets.</summary>
    public static IReadOnlyList<Group> For(ScenarioSpec spec, ScenarioSpec reference)
    {
        var bound = ParameterRegistry.Expand(spec).ToLookup(b => b.Definition.Key, StringComparer.Ordinal);
        return ControlCatalog.Groups
            .Select(g => new Group(g.Title, g.Controls.SelectMany(c => bound[c.Template].Select(b => Bind(c, b, spec, reference)).OfType<Control>()).ToArray()))
            .Where(g => g.Controls.Count > 0).ToArray();
    }

    private static Control? Bind(ControlSpec c, BoundParameter b, ScenarioSpec spec, ScenarioSpec reference)
    {
        var p = b.Definition;
        string label = b.Entity is null ? c.Label : $"{c.Label} ({b.Entity})";
        if (p.Kind == ParameterKind.Choice)
            return new Control(b.Key, label, c.Help, "", p.Source, "choice", "linear", null, null, Text(b, spec), Text(b, reference), p.Choices, "one of " + string.Join(", ", p.Choices));
        double? value = b.Number(spec), initial = b.Number(reference);
        // A decade slider cannot reach 0 (a source with no stock, only new text): such a control is left out.
        if (c.Log && (value is not > 0 || initial is not > 0)) return null;
        double min = c.Min, max = c.Max;
        foreach (double? v in new[] { value, initial })
            if (v is { } x && double.IsFinite(x)) { min = Math.Min(min, x); max = Math.Max(max, x); }
        if (p.Range is { } range) { min = Math.Max(min, range.Min); max = Math.Min(max, range.Max); }
        return new Control(b.Key, label, c.Help, p.Unit, p.Source, "number", c.Log ? "log" : "linear", min, max, value, initial, [], p.Range?.Interval ?? "any number");
    }

    // A lab's strategy shows the preset it runs, or its own name when it has none (a map of shares).
    private static string? Text(BoundParameter b, ScenarioSpec spec) =>
        b.Text(spec)?.FirstOrDefault() ?? spec.Labs.FirstOrDefault(l => l.Name == b.Entity)?.Strategy.Name;
}
