namespace SimCluster.Cli;

/// <summary>A command that could not finish for a reason outside the user's input (a sweep lost by its cluster, a
/// bug reported by a replicate): printed as one line on stderr, exit code 1, no stack trace.</summary>
public sealed class CommandFailedException(string message) : Exception(message);
