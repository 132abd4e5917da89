using SimCluster.Model.Scenarios;

namespace SimCluster.Cli;

/// <summary>
/// A user error: printed as one line on stderr, exit code 2, no stack trace. One line however it was built: a
/// control character from an argument or a file name (a newline in --out) is escaped here.
/// </summary>
public sealed class UsageException(string message) : Exception(IssueText.OneLine(message));
