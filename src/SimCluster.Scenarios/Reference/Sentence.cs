namespace SimCluster.Scenarios.Reference;

/// <summary>Registry descriptions as the start of a sentence.</summary>
internal static class Sentence
{
    /// <summary>
    /// <paramref name="text"/> with its first letter in upper case when its first word is an ordinary word ("the loss
    /// law" → "The loss law"); a description that starts with a symbol keeps it as declared, since its case is its
    /// meaning (g is not G, t0 is not T0).
    /// </summary>
    public static string Start(string text)
    {
        int end = text.IndexOfAny([' ', ',']);
        string first = end < 0 ? text : text[..end];
        return first.Length > 1 && first.All(char.IsAsciiLetterLower) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }
}
