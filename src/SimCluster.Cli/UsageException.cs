namespace SimCluster.Cli;

/// <summary>A user error: printed as one line on stderr, exit code 2, no stack trace.</summary>
public sealed class UsageException(string message) : Exception(message);
