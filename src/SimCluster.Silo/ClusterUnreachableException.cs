namespace SimCluster.Silo;

/// <summary>The cluster named by a connection string could not be reached.</summary>
public sealed class ClusterUnreachableException(string message, Exception inner) : Exception(message, inner);
