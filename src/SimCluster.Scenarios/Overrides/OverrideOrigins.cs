using YamlDotNet.Core;

namespace SimCluster.Scenarios.Overrides;

/// <summary>
/// Where the nodes of overrides come from. Each override's nodes are parsed as if written on lines of their own past
/// the file's last line, so a node's mark alone tells whether it is the file's or an override's, and every reader and
/// locator, which only see marks, reports an override's problems against the override without knowing about it.
/// </summary>
internal sealed class OverrideOrigins
{
    private readonly Dictionary<long, (string Origin, string Key, Mark? Anchor)> _lines = [];

    /// <summary>Lines each override owns: its own and the one after it.</summary>
    public const int LinesEach = 2;

    /// <summary>Reserves <paramref name="line"/> for the override of <paramref name="key"/> that errors name <paramref name="origin"/>.</summary>
    public void Add(long line, string origin, string key) => _lines[line] = (origin, key, null);

    /// <summary>The override's place in the file: where the value it replaces was written, or the end of the map it
    /// was added to. Distributions are drawn in file order, so an override's draws keep the place the same value
    /// written in the file would have; only the first anchor of a line counts.</summary>
    public void Anchor(long line, Mark anchor)
    {
        if (_lines[line] is { Anchor: null } entry) _lines[line] = entry with { Anchor = anchor };
    }

    /// <summary>What an error at <paramref name="mark"/> names and the key it overrides, when an override's node is there; null for the file's.</summary>
    public (string Origin, string Key)? OriginOf(Mark mark) => Find(mark) is { } entry ? (entry.Origin, entry.Key) : null;

    /// <summary>The mark that orders <paramref name="mark"/> among the file's: its anchor for an override's node.</summary>
    public Mark InFileOrder(Mark mark) => Find(mark)?.Anchor ?? mark;

    private (string Origin, string Key, Mark? Anchor)? Find(Mark mark)
    {
        for (long line = mark.Line; line > mark.Line - LinesEach; line--)
            if (_lines.TryGetValue(line, out var entry)) return entry;
        return null;
    }
}
