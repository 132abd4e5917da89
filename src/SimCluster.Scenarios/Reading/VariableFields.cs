using SimCluster.Model.Parameters;

namespace SimCluster.Scenarios.Reading;

/// <summary>
/// The fields a file may write as a distribution: the registry's variable numbers (<see cref="ParameterRegistry"/>),
/// by key template (<c>sources.&lt;source&gt;.initial_stock_tokens</c> stands for every source's).
/// </summary>
internal static class VariableFields
{
    /// <summary>Every variable field's key template, in file order.</summary>
    public static IReadOnlyList<string> Patterns { get; } =
        ParameterRegistry.All.Where(p => p is { Kind: ParameterKind.Number, Variable: true }).Select(p => p.Key).ToArray();

    private static readonly HashSet<string> Set = new(Patterns, StringComparer.Ordinal);

    /// <summary>Whether the field at <paramref name="path"/> (a concrete key) can vary in a sweep.</summary>
    public static bool Contains(string path) => Set.Contains(ParameterRegistry.Parse(path).Template);

    /// <summary>The variable fields grouped by their parent, for error messages.</summary>
    public static string Listing { get; } = string.Join("; ", Patterns
        .GroupBy(p => p[..p.LastIndexOf('.')], StringComparer.Ordinal)
        .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p[(p.LastIndexOf('.') + 1)..]))}"));
}
