namespace SimCluster.Model.Estimation;

/// <summary>A question the calculator cannot answer (for example an unreachable target), said plainly.</summary>
public sealed class EstimateException(string message) : Exception(message);
