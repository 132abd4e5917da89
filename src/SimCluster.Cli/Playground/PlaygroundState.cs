using System.Text;
using Microsoft.AspNetCore.Http;

namespace SimCluster.Cli.Playground;

/// <summary>
/// What the playground shows, as its address encodes it: a shipped scenario (<c>preset=NAME</c>) or an uploaded one
/// (<c>upload=ID</c>), and the <c>set=KEY=VALUE</c> overrides in the order given (a later one wins, as with
/// <c>run --set</c>). The same query string drives the pages, the API and the shared link.
/// </summary>
/// <param name="Preset">A shipped scenario's name, or null.</param>
/// <param name="Upload">An upload's id, or null.</param>
/// <param name="Sets">The overrides, each KEY=VALUE.</param>
public sealed record PlaygroundState(string? Preset, string? Upload, IReadOnlyList<string> Sets)
{
    /// <summary>Reads a state from a query; null with the problem when it names no scenario or names two.</summary>
    public static PlaygroundState? From(IQueryCollection query, out string? problem)
    {
        string? preset = Single(query, "preset"), upload = Single(query, "upload");
        problem = (preset, upload) switch
        {
            (null, null) => "give preset=NAME (a shipped scenario; see /api/presets) or upload=ID (from POST /api/upload)",
            (not null, not null) => "give preset or upload, not both",
            _ => query["preset"].Count > 1 || query["upload"].Count > 1 ? "give one preset or upload, not several" : null,
        };
        if (problem is not null) return null;
        var sets = query["set"].Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToArray();
        return new PlaygroundState(preset, upload, sets);
    }

    /// <summary>The state without its overrides: the scenario as shipped or uploaded.</summary>
    public PlaygroundState WithoutOverrides => this with { Sets = [] };

    /// <summary>The canonical query string, e.g. <c>preset=baseline&amp;set=world.rl.headroom_eci%3D20</c>; equal states give equal text.</summary>
    public string Query
    {
        get
        {
            var text = new StringBuilder(Preset is not null ? "preset=" + Uri.EscapeDataString(Preset) : "upload=" + Uri.EscapeDataString(Upload!));
            foreach (string set in Sets) text.Append("&set=").Append(Uri.EscapeDataString(set));
            return text.ToString();
        }
    }

    /// <inheritdoc />
    public bool Equals(PlaygroundState? other) => other is not null && Query == other.Query;

    /// <inheritdoc />
    public override int GetHashCode() => Query.GetHashCode(StringComparison.Ordinal);

    private static string? Single(IQueryCollection query, string key) => query[key].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
