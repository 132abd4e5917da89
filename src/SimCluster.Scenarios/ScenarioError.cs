using SimCluster.Model.Scenarios;

namespace SimCluster.Scenarios;

/// <summary>
/// One thing wrong with a scenario file: where it is (file, 1-based line and column), which field (the
/// <see cref="SimCluster.Model.Scenarios.ScenarioValidator"/> path convention, e.g. <c>labs[1].cluster</c>) and what
/// is allowed. Line 0 means the file as a whole (it could not be read); an empty field path means no field
/// (a YAML syntax error).
/// </summary>
/// <param name="File">The file name as given to the loader, or the command-line override the error is in (<c>--set KEY</c>, then with line 0).</param>
/// <param name="Line">1-based line, 0 when the error concerns the whole file.</param>
/// <param name="Column">1-based column, 0 when the error concerns the whole file.</param>
/// <param name="FieldPath">Field path, e.g. <c>sources[0].initial_stock_tokens</c>; empty when there is none.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record ScenarioError(string File, int Line, int Column, string FieldPath, string Message)
{
    /// <summary>
    /// <c>file:line:column: field: message</c>, the form compilers use so editors can jump to it; always one line:
    /// values in messages are quoted with escapes already, and any control character left (in a file name, a key,
    /// a parser's message) is escaped here.
    /// </summary>
    public override string ToString()
    {
        string where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        return IssueText.OneLine(FieldPath.Length > 0 ? $"{where}: {FieldPath}: {Message}" : $"{where}: {Message}");
    }
}
