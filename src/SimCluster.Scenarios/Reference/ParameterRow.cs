using SimCluster.Model.Parameters;

namespace SimCluster.Scenarios.Reference;

/// <summary>
/// One parameter as the reference, <c>simcluster params</c> and its JSON show it: every field as text, so the three
/// cannot word a parameter differently.
/// </summary>
/// <param name="Key">The key template, e.g. <c>labs.&lt;lab&gt;.budget.initial_usd_per_year</c>.</param>
/// <param name="Description">What it means (with the GPQA mapping form it belongs to, when only one has it).</param>
/// <param name="Unit">The unit of a number, or what kind of value it is (text, one of ..., map).</param>
/// <param name="Default">The default in words.</param>
/// <param name="Range">The allowed interval of a number (<c>(0, 1e15]</c>), or empty.</param>
/// <param name="Source">A citation, or <c>assumption</c>; empty for settings.</param>
/// <param name="Variable">Whether a sweep may draw it from a distribution.</param>
/// <param name="MayVary">The same in a table's words: yes or no for a number, empty for what is no number.</param>
public sealed record ParameterRow(string Key, string Description, string Unit, string Default, string Range, string Source, bool Variable, string MayVary)
{
    /// <summary>The row of <paramref name="p"/>.</summary>
    public static ParameterRow Of(Parameter p) => new(
        p.Key,
        p.Description,
        UnitOf(p),
        p.Default,
        p.Range is { } r ? (r.Note is null ? r.Interval : $"{r.Interval} {r.Note}") : "",
        p.Source,
        p.Variable,
        p.Kind is ParameterKind.Number ? (p.Variable ? "yes" : "no") : "");

    /// <summary>Whether <paramref name="text"/> occurs, ignoring case, in the key, description or source.</summary>
    public bool Matches(string text) =>
        Key.Contains(text, StringComparison.OrdinalIgnoreCase) || Description.Contains(text, StringComparison.OrdinalIgnoreCase)
        || Source.Contains(text, StringComparison.OrdinalIgnoreCase);

    private static string UnitOf(Parameter p) => p.Kind switch
    {
        ParameterKind.Number => p.Nullable ? Join(p.Unit, "or null") : p.Unit,
        ParameterKind.Integer => "integer",
        ParameterKind.Text => "text",
        ParameterKind.Choice => "one of " + string.Join(", ", p.Choices),
        ParameterKind.Names => "list of names",
        ParameterKind.Section => (p.Choices.Count > 0 ? "name or map" : "map") + (p.Nullable ? " or null" : ""),
        ParameterKind.Entities => "list",
        _ => "",
    };

    private static string Join(string a, string b) => a.Length == 0 ? b : $"{a} {b}";
}
