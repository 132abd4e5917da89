namespace SimCluster.Silo;

/// <summary>
/// A process's telemetry: the exporter, and for <see cref="TelemetryExporter.Console"/> the writer it prints to
/// (null: stderr). Results go to stdout, so telemetry never does.
/// </summary>
public sealed record TelemetrySettings(TelemetryExporter Exporter, TextWriter? Writer = null)
{
    /// <summary>No telemetry (the default).</summary>
    public static TelemetrySettings None { get; } = new(TelemetryExporter.None);

    /// <summary>The console exporter, printing to <paramref name="writer"/>.</summary>
    public static TelemetrySettings Console(TextWriter writer) => new(TelemetryExporter.Console, writer);

    /// <summary>Whether anything is exported.</summary>
    public bool Enabled => Exporter != TelemetryExporter.None;
}
