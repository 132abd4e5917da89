namespace SimCluster.Model.Scenarios;

/// <summary>
/// What a name in a scenario may be. The scenario's name becomes a folder under the output directory, so it must be
/// one safe path segment: <c>../x</c>, <c>..</c>, an absolute path or a NUL must never reach the file system. Entity
/// names (sources, clusters, labs) label rows, tables and charts and will address parameters as
/// <c>labs.&lt;name&gt;.budget...</c>, so they hold no path separators, no dots and nothing that breaks a line.
/// </summary>
public static class ScenarioNames
{
    /// <summary>The longest name allowed.</summary>
    public const int MaxLength = 64;

    // Windows refuses these as file names whatever follows the dot (NUL.txt is the null device).
    private static readonly HashSet<string> Devices = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Null when <paramref name="name"/> can name a scenario's output folder; else what is wrong.</summary>
    public static string? ScenarioProblem(string name)
    {
        const string rule = "must be one path segment for the output folder: 1 to 64 ASCII letters, digits, '.', '-' or '_', not starting with '.'";
        if (name.Length == 0 || name.Length > MaxLength || name[0] == '.' || !name.All(IsSegmentChar))
            return $"{rule}; got {IssueText.Quote(name)}";
        // Windows also drops a trailing dot, so 'a.' and 'a' would share a folder.
        if (name[^1] == '.') return $"{rule}, and not ending with '.'; got {IssueText.Quote(name)}";
        if (Devices.Contains(name.Split('.')[0])) return $"{rule}; {IssueText.Quote(name)} is a reserved device name on Windows";
        return null;
    }

    /// <summary>Null when <paramref name="name"/> can name a source, cluster or lab; else what is wrong.</summary>
    public static string? EntityProblem(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "must be a non-empty name";
        if (name.Length > MaxLength) return $"must be at most {MaxLength} characters; got {name.Length}";
        if (name.Any(IssueText.IsUnsafe)) return $"must not contain control characters (newline, tab, NUL...); got {IssueText.Quote(name)}";
        if (name.IndexOfAny(['/', '\\', '.']) >= 0) return $"must not contain '/', '\\' or '.' (spaces, letters, digits, '-' and '_' are fine); got {IssueText.Quote(name)}";
        return null;
    }

    /// <summary>Null when <paramref name="label"/> (a strategy's or loss constants' name in outputs) stays on one line; else what is wrong.</summary>
    public static string? LabelProblem(string label)
    {
        if (label.Length > MaxLength) return $"must be at most {MaxLength} characters; got {label.Length}";
        if (label.Any(IssueText.IsUnsafe)) return $"must not contain control characters (newline, tab, NUL...); got {IssueText.Quote(label)}";
        return null;
    }

    private static bool IsSegmentChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';
}
