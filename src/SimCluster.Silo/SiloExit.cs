namespace SimCluster.Silo;

/// <summary>How a clustered silo's run ended.</summary>
public enum SiloExit
{
    /// <summary>Stopped on request, gracefully, within the bound.</summary>
    Stopped,

    /// <summary>Asked to stop, but the graceful stop did not finish within the bound.</summary>
    StopTimedOut,

    /// <summary>Its membership entry vanished and the old incarnation would not let go of its ports in time.</summary>
    RestartFailed,
}
