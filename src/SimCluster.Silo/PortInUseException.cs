namespace SimCluster.Silo;

/// <summary>A port the silo needs cannot be bound; the message names the port and the option that sets it.</summary>
public sealed class PortInUseException(string message) : Exception(message);
