using System.Net;

namespace SimCluster.Cli.Playground;

/// <summary>How to serve the playground.</summary>
/// <param name="Address">The address to listen on.</param>
/// <param name="Port">The port; 0 for a free one.</param>
/// <param name="Cluster">A Redis connection string of a cluster to run on; null for an embedded silo.</param>
/// <param name="ScenariosFolder">The presets' folder.</param>
/// <param name="FrontierTable">The real models' table.</param>
/// <param name="Start">The state the printed link opens, checked before anything starts; null for none.</param>
public sealed record ServeOptions(
    IPAddress Address, int Port, string? Cluster = null, string? ScenariosFolder = null, string? FrontierTable = null, PlaygroundState? Start = null)
{
    /// <summary>The port the playground listens on unless told otherwise.</summary>
    public const int DefaultPort = 5240;
}
