using System.Text;
using SimCluster.Scenarios.Locating;

namespace SimCluster.Scenarios.Writing;

/// <summary>
/// A tiny ordered YAML tree (maps, lists, preformatted scalars) rendered in block style with two-space indents:
/// enough for the resolved scenario, whose layout we want fixed and diff-friendly.
/// </summary>
internal sealed class YamlBlock(string? entity = null)
{
    private readonly List<(string Key, object Value)> _entries = [];

    /// <summary>The name of the entity this block is, when it is an item of an entity list (keys address it by name).</summary>
    public string? Entity { get; } = entity;

    public YamlBlock Add(string key, string scalar) => Put(key, scalar);

    public YamlBlock Add(string key, double number) => Put(key, YamlScalars.Number(number));

    public YamlBlock Add(string key, YamlBlock map) => Put(key, map);

    public YamlBlock Add(string key, IEnumerable<YamlBlock> items) => Put(key, items.ToList());

    public YamlBlock Add(string key, IEnumerable<string> scalars) => Put(key, scalars.ToList());

    /// <summary>Puts <paramref name="scalar"/> in place of the value at a key (<c>labs.OpenAI.budget.break_year</c>).</summary>
    public void Replace(string path, string scalar)
    {
        var segments = FieldPath.Segments(path).ToList();
        YamlBlock block = this;
        for (int s = 0; s < segments.Count; s++)
        {
            var (key, indexes) = segments[s];
            int at = block._entries.FindIndex(e => e.Key == key);
            if (at < 0) break;
            if (s == segments.Count - 1 && indexes.Count == 0)
            {
                block._entries[at] = (key, scalar);
                return;
            }
            object? value = block._entries[at].Value;
            foreach (int i in indexes) value = value is List<YamlBlock> items && i < items.Count ? items[i] : null;
            // An entity list is addressed by the item's name: the next segment names it.
            if (value is List<YamlBlock> entities && indexes.Count == 0 && s + 1 < segments.Count)
            {
                string name = segments[++s].Key;
                value = entities.FirstOrDefault(e => e.Entity == name);
            }
            if (value is not YamlBlock next) break;
            block = next;
        }
        throw new ArgumentException($"'{path}' is not a field of the written scenario", nameof(path));
    }

    public void Render(StringBuilder into, int indent)
    {
        string pad = new(' ', indent);
        foreach (var (key, value) in _entries)
        {
            switch (value)
            {
                case string s:
                    into.Append(pad).Append(key).Append(": ").Append(s).Append('\n');
                    break;
                case YamlBlock m when m._entries.Count == 0:
                    into.Append(pad).Append(key).Append(": {}\n");
                    break;
                case YamlBlock m:
                    into.Append(pad).Append(key).Append(":\n");
                    m.Render(into, indent + 2);
                    break;
                case List<string> { Count: 0 } or List<YamlBlock> { Count: 0 }:
                    into.Append(pad).Append(key).Append(": []\n");
                    break;
                case List<string> list:
                    into.Append(pad).Append(key).Append(":\n");
                    foreach (string item in list) into.Append(pad).Append("  - ").Append(item).Append('\n');
                    break;
                case List<YamlBlock> list:
                    into.Append(pad).Append(key).Append(":\n");
                    foreach (var item in list) RenderItem(item, into, indent);
                    break;
            }
        }
    }

    /// <summary>A map inside a list: its first line carries the "- ", the rest line up under it.</summary>
    private static void RenderItem(YamlBlock item, StringBuilder into, int indent)
    {
        var lines = new StringBuilder();
        item.Render(lines, indent + 4);
        string text = lines.ToString();
        if (text.Length == 0)
        {
            into.Append(' ', indent + 2).Append("- {}\n");
            return;
        }
        into.Append(' ', indent + 2).Append("- ").Append(text, indent + 4, text.Length - indent - 4);
    }

    private YamlBlock Put(string key, object value)
    {
        _entries.Add((key, value));
        return this;
    }
}
