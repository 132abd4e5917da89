using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SimCluster.Scenarios.Reading;

/// <summary>
/// Decodes a scenario file's bytes without ever replacing what it cannot decode: a byte that is not part of a valid
/// character would otherwise become U+FFFD and silently change a name or a number. UTF-8 (with or without a byte
/// order mark) is the format; UTF-16 and UTF-32 with a byte order mark, which YAML also allows, are read too.
/// </summary>
internal static class ScenarioFileText
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    // Longest mark first: the UTF-32 LE mark starts with the UTF-16 LE one.
    private static readonly (byte[] Mark, Encoding Encoding, string Name)[] OtherBoms =
    [
        ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32"),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32"),
        ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16"),
        ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16"),
    ];

    /// <summary>The text, or null and <paramref name="error"/> naming the first undecodable byte (offset, line and column).</summary>
    public static string? Decode(byte[] bytes, string file, out ScenarioError? error)
    {
        error = null;
        foreach (var (mark, encoding, name) in OtherBoms)
            if (bytes.AsSpan().StartsWith(mark))
                return DecodeWithBom(bytes, mark.Length, encoding, name, file, out error);

        int start = bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var source = bytes.AsSpan(start);
        var chars = new char[source.Length];
        var status = Utf8.ToUtf16(source, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done) return new string(chars, 0, written);

        // The text before the bad byte decoded cleanly, so it gives the line and column.
        var before = chars.AsSpan(0, written);
        int lastNewline = before.LastIndexOf('\n');
        int line = before.Count('\n') + 1, column = written - lastNewline;
        int offset = start + read;
        error = new ScenarioError(file, line, column, "",
            $"the file is not valid UTF-8: byte 0x{bytes[offset]:X2} at byte offset {offset} is not part of a valid character; save the file as UTF-8");
        return null;
    }

    private static string? DecodeWithBom(byte[] bytes, int bom, Encoding encoding, string name, string file, out ScenarioError? error)
    {
        error = null;
        try
        {
            return encoding.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException e)
        {
            string at = e.Index >= 0 ? $" at byte offset {bom + e.Index}" : "";
            error = new ScenarioError(file, 0, 0, "", $"the file starts with a {name} byte order mark but is not valid {name}{at}; save the file as UTF-8");
            return null;
        }
    }
}
