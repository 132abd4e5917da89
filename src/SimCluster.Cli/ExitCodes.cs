namespace SimCluster.Cli;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure (a bug): reported with its type and message.</summary>
    public const int Failure = 1;

    /// <summary>Bad input: options, files or values outside their allowed range.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted (Ctrl+C, 128 + SIGINT): nothing half-written is left behind.</summary>
    public const int Cancelled = 130;

    /// <summary>A silo stopped by SIGTERM (128 + 15) whose graceful stop did not finish in time, or signalled twice.</summary>
    public const int Terminated = 143;
}
