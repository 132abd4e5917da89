using System.Globalization;
using SimCluster.Model.Parameters;
using SimCluster.Model.Scenarios;

namespace SimCluster.Reports;

/// <summary>
/// The report's tables of parameters: the values the run actually used, read from its resolved scenario through the
/// parameter registry, each with its unit and source, one table per part of the file (time grid, world, sources,
/// clusters, labs). Only what a reader compares across runs: numbers, names chosen from a fixed set, and settings
/// such as the allocation rule; names and free text are in the resolved scenario printed below the tables.
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
        var rows = ParameterRegistry.Expand(spec).Where(b => Shown(b) && (b.Definition.Kind is ParameterKind.Number || b.Text(spec) is not null))
            .Select(b => (Part: Part(b.Definition.Key), Row: Row(b, spec))).ToArray();
        return Parts.Select(p => new ReportTable(p.Caption, ["parameter", "value", "unit", "source"],
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

    private static IReadOnlyList<string> Row(BoundParameter b, ScenarioSpec spec)
    {
        string value = b.Definition.Kind is ParameterKind.Number
            ? b.Number(spec) is { } x ? Number(x) : "none"
            : string.Join(", ", b.Text(spec) ?? []);
        return [b.Key, value, b.Definition.Unit, b.Definition.Source];
    }

    // Six significant digits, exponents as scenario files write them (7.25e9, not 7.25E+09).
    private static string Number(double x)
    {
        if (double.IsInfinity(x)) return x > 0 ? "∞" : "−∞";
        string text = x.ToString("G6", CultureInfo.InvariantCulture);
        int e = text.IndexOf('E');
        return e < 0 ? text : $"{text[..e]}e{int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture)}";
    }
}
