namespace SimCluster.Abstractions;

/// <summary>No call to the cluster has succeeded for longer than the client's patience.</summary>
public sealed class ClusterLostException(string message, Exception inner) : Exception(message, inner);
