namespace SimCluster.Silo;

/// <summary>Where a process sends its OpenTelemetry traces and metrics.</summary>
public enum TelemetryExporter
{
    /// <summary>Nowhere: no provider is built, so spans are never started and instruments record nothing (the default).</summary>
    None,

    /// <summary>OpenTelemetry's console exporter, printing to <see cref="TelemetrySettings.Writer"/> (stderr by default).</summary>
    Console,
}
