namespace SimCluster.Scenarios.Reading;

/// <summary>"Did you mean" hints: the allowed name closest to a misspelt one by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The list of allowed names, plus the closest one when it is close enough to be a likely typo.</summary>
    public static string Allowed(string given, IEnumerable<string> allowed)
    {
        var names = allowed.ToList();
        string list = $"allowed: {string.Join(", ", names)}";
        string? near = Closest(given, names);
        return near is null ? list : $"did you mean '{near}'? {list}";
    }

    /// <summary>
    /// The closest name within max(2, a third of the length) edits; failing that, the only name that starts with
    /// what was given (<c>headroom</c> for <c>headroom_eci</c>); null when neither finds one.
    /// </summary>
    public static string? Closest(string given, IEnumerable<string> allowed)
    {
        var names = allowed.ToList();
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string name in names)
        {
            int d = Distance(given.ToLowerInvariant(), name.ToLowerInvariant());
            if (d < bestDistance) (best, bestDistance) = (name, d);
        }
        if (bestDistance <= Math.Max(2, given.Length / 3)) return best;
        var prefixed = given.Length >= 3 ? names.Where(n => n.StartsWith(given, StringComparison.OrdinalIgnoreCase)).ToList() : [];
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions), two rows.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
