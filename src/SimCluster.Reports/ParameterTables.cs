using System.Globalization;
using SimCluster.Model.Parameters;
using SimCluster.Model.Scenarios;

namespace SimCluster.Reports;

/// <summary>
/// The report's tables of parameters: the values the run actually used, read from its resolved scenario through the
/// parameter registry, each with its unit and source, one table per part of the file (time grid, world, sources,
/// clusters, labs). Only what a reader compares across runs: numbers, names chosen from a fixed set, and settings
/// such as the allocation rule; names and free text are in the resolved scenario printed below the tables. A value the
/// run changed (in its file or with --set) has its default beside it (<see cref="DefaultScenario"/>), so what the
/// run is about stands out from the constants it kept.
/// </summary>
public static class ParameterTables
{
    private static readonly (string Part, string Caption)[] Parts =
    [
        ("", "Time grid"),
        ("world", "World: the constants every lab shares"),
        ("sources", "Data sources"),
        ("clusters", "Clusters"),
        ("labs", "Labs"),
    ];

    /// <summary>The tables of <paramref name="spec"/>, in file order; a part with nothing to show has no table.</summary>
    public static IReadOnlyList<ReportTable> Build(ScenarioSpec spec)
    {
        // A preset name is gone once a scenario is resolved (its values are spelt out), so it has no row.
        var defaults = DefaultScenario.Of(spec);
        var rows = ParameterRegistry.Expand(spec).Where(b => Shown(b) && (b.Definition.Kind is ParameterKind.Number || b.Text(spec) is not null))
            .Select(b => (Part: Part(b.Definition.Key), Row: Row(b, spec, defaults))).ToArray();
        return Parts.Select(p => new ReportTable(p.Caption, [.. Headers],
                rows.Where(r => r.Part == p.Part).Select(r => r.Row).ToArray()))
            .Where(t => t.Rows.Count > 0).ToArray();
    }

    private static bool Shown(BoundParameter b) => b.Definition.Kind switch
    {
        ParameterKind.Number or ParameterKind.Choice => true,
        ParameterKind.Text => b.Definition.Name is not ("name" or "description"),
        _ => false,
    };

    private static string Part(string key) => key.Contains('.') ? key[..key.IndexOf('.')] : "";

    /// <summary>The columns: the default is empty where the run kept it.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["parameter", "value", "default", "unit", "source"];

    private static IReadOnlyList<string> Row(BoundParameter b, ScenarioSpec spec, ScenarioSpec defaults)
    {
        string value = Value(b, spec);
        // A parameter the default entity does not have (a dataset trend the file added) has no default to show.
        string? @default = b.Definition.Applies(defaults, b.Entity) ? Value(b, defaults) : null;
        return [b.Key, value, @default is null || @default == value ? "" : @default, b.Definition.Unit, b.Definition.Source];
    }

    // Compared as printed: a difference past six significant digits is not one a reader can see.
    private static string Value(BoundParameter b, ScenarioSpec spec) => b.Definition.Kind is ParameterKind.Number
        ? b.Number(spec) is { } x ? Number(x) : "none"
        : string.Join(", ", b.Text(spec) ?? []);

    // Six significant digits, exponents as scenario files write them (7.25e9, not 7.25E+09).
    private static string Number(double x)
    {
        if (double.IsInfinity(x)) return x > 0 ? "∞" : "−∞";
        string text = x.ToString("G6", CultureInfo.InvariantCulture);
        int e = text.IndexOf('E');
        return e < 0 ? text : $"{text[..e]}e{int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture)}";
    }
}
