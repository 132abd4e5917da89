using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Reading;

/// <summary>
/// Parses the text into one YAML document's root node, turning syntax errors into located errors. It reads through
/// <see cref="GuardedParser"/>, so nesting too deep to build and explicit tags are refused before any reader sees them.
/// </summary>
internal static class YamlDocumentReader
{
    public static YamlNode? Read(string text, ErrorSink errors)
    {
        var stream = new YamlStream();
        var parser = new GuardedParser(new Parser(new StringReader(text)), errors);
        try
        {
            stream.Load(parser);
        }
        catch (NestingTooDeepException e)
        {
            errors.At(e.At, "", $"lists and maps (brackets or indentation) are nested more than {GuardedParser.MaxDepth} levels deep here; a scenario needs about six " +
                "(labs, a lab, its strategy, its shares)");
            return null;
        }
        catch (YamlException e)
        {
            errors.At(e.Start, "", $"YAML syntax error: {Plain(e)}");
            return null;
        }
        catch (Exception e) when (e is not YamlException)
        {
            // YamlDotNet's scanner throws InvalidOperationException, without a position, on some unclosed [ or { ;
            // whatever the parser throws on user text is still a syntax error: find where it stopped.
            errors.At(LastGoodMark(text), "", "YAML syntax error: cannot parse past here (an unclosed [ or { ?)");
            return null;
        }
        if (parser.RefusedTags) return null;
        if (stream.Documents.Count == 0)
        {
            errors.At(new Mark(0, 1, 1), "", "the file holds no YAML document; a scenario needs at least name, end_year, sources, clusters and labs");
            return null;
        }
        if (stream.Documents.Count > 1)
            errors.At(stream.Documents[1].RootNode, "", "a scenario file holds one YAML document; remove the second '---' and what follows");
        return stream.Documents[0].RootNode;
    }

    /// <summary>YamlDotNet's messages repeat the position in a "(Line: ...)" prefix; the error already carries it.</summary>
    private static string Plain(YamlException e)
    {
        string m = e.Message;
        int close = m.StartsWith("(Line:", StringComparison.Ordinal) ? m.IndexOf("): ", StringComparison.Ordinal) : -1;
        return close >= 0 ? m[(close + 3)..] : m;
    }

    private static Mark LastGoodMark(string text)
    {
        var parser = new Parser(new StringReader(text));
        Mark last = new(0, 1, 1);
        try
        {
            while (parser.MoveNext()) last = parser.Current!.End;
        }
        catch (Exception)
        {
            // Expected: this is the failure being located.
        }
        return last;
    }
}
