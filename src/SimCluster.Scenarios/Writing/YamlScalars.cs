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
        _ => Shortest(x),
    };

    /// <summary>
    /// The digits of the shortest round-trip form ("R"), written as 3e14 rather than 300000000000000 for large and
    /// small magnitudes so a reader can count the zeros; the digits, and so the value read back, are the same.
    /// </summary>
    private static string Shortest(double x)
    {
        string r = x.ToString("R", CultureInfo.InvariantCulture);
        double a = Math.Abs(x);
        if (a == 0 || (a >= 1e-3 && a < 1e6)) return r;
        string sign = x < 0 ? "-" : "";
        string body = sign.Length > 0 ? r[1..] : r;
        int exponent = 0;
        int e = body.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..e];
        }
        int point = body.IndexOf('.');
        string whole = point >= 0 ? body[..point] : body, fraction = point >= 0 ? body[(point + 1)..] : "";
        string digits = (whole + fraction).TrimStart('0');
        exponent += whole.TrimStart('0').Length > 0 ? whole.TrimStart('0').Length - 1 : -(fraction.Length - fraction.TrimStart('0').Length + 1);
        digits = digits.TrimEnd('0');
        string mantissa = digits.Length > 1 ? $"{digits[0]}.{digits[1..]}" : digits;
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{mantissa}e{exponent}");
    }

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
