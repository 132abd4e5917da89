using System.Globalization;
using System.Text;

namespace SimCluster.Model.Scenarios;

/// <summary>
/// How values appear inside error messages. A number is shown exactly (shortest round-trip form), so a share of
/// 1.0000001 is never reported as "got 1"; a text value is quoted with its control characters escaped, so one
/// error always stays one line however the value was written.
/// </summary>
public static class IssueText
{
    /// <summary>
    /// The shortest text that reads back as exactly <paramref name="x"/> (invariant culture), with the exponent as
    /// YAML files write it: 1e308 rather than 1E+308.
    /// </summary>
    public static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);

    /// <summary><paramref name="text"/> in single quotes, escaped by <see cref="Escape"/>.</summary>
    public static string Quote(string text) => $"'{Escape(text)}'";

    /// <summary>
    /// <paramref name="text"/> with backslashes doubled and every character that could break or hide a line
    /// (control and format characters, line and paragraph separators) written as an escape: \n, \r, \t, \0 or \uXXXX.
    /// </summary>
    public static string Escape(string text)
    {
        if (!NeedsEscape(text, escapeBackslash: true)) return text;
        return Append(new StringBuilder(text.Length + 8), text, escapeBackslash: true).ToString();
    }

    /// <summary>
    /// Like <see cref="Escape"/> but leaves backslashes alone: for text whose values were already quoted, so an
    /// error line cannot be split by anything that slipped through (a file name, a parser's message).
    /// </summary>
    public static string OneLine(string text)
    {
        if (!NeedsEscape(text, escapeBackslash: false)) return text;
        return Append(new StringBuilder(text.Length + 8), text, escapeBackslash: false).ToString();
    }

    /// <summary>Whether <paramref name="c"/> is invisible or breaks a line: control (Cc), format (Cf), line or paragraph separator.</summary>
    public static bool IsUnsafe(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static bool NeedsEscape(string text, bool escapeBackslash)
    {
        foreach (char c in text)
            if (IsUnsafe(c) || (escapeBackslash && c == '\\')) return true;
        return false;
    }

    private static StringBuilder Append(StringBuilder b, string text, bool escapeBackslash)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\' when escapeBackslash: b.Append(@"\\"); break;
                case '\n': b.Append(@"\n"); break;
                case '\r': b.Append(@"\r"); break;
                case '\t': b.Append(@"\t"); break;
                case '\0': b.Append(@"\0"); break;
                default:
                    if (IsUnsafe(c)) b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    else b.Append(c);
                    break;
            }
        }
        return b;
    }
}
