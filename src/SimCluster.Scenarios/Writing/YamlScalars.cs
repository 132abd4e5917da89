using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SimCluster.Scenarios.Writing;

/// <summary>Scalars as the reader will read them back: numbers exact, strings quoted whenever plain could misread them.</summary>
internal static partial class YamlScalars
{
    /// <summary>Shortest text that parses back to the same double ("R"), or the YAML specials.</summary>
    public static string Number(double x) => x switch
    {
        double.PositiveInfinity => ".inf",
        double.NegativeInfinity => "-.inf",
        _ when double.IsNaN(x) => ".nan",
        _ => x.ToString("R", CultureInfo.InvariantCulture),
    };

    public static string Unsigned(ulong x) => x.ToString(CultureInfo.InvariantCulture);

    /// <summary>Plain when it is a simple name that cannot be mistaken for a number, bool or null; else double-quoted.</summary>
    public static string String(string s)
    {
        if (SafePlain().IsMatch(s) && !Reserved.Contains(s)) return s;
        var b = new StringBuilder("\"");
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    else b.Append(c);
                    break;
            }
        }
        return b.Append('"').ToString();
    }

    // YAML 1.1 booleans and nulls too: other tools reading the file may still use 1.1.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
        { "true", "false", "yes", "no", "on", "off", "y", "n", "null" };

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.()-]*$")]
    private static partial Regex SafePlain();
}
