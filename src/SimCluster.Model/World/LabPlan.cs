namespace SimCluster.Model.World;

/// <summary>A lab's phase-2 statement: how many effective tokens it asks of each exclusive source (name order).</summary>
/// <param name="Lab">Lab name.</param>
/// <param name="Step">Step number.</param>
/// <param name="DesiredTokens">Unique tokens its next run wants at this step's compute rate.</param>
/// <param name="Requests">Requested tokens by exclusive source; only positive requests appear.</param>
public sealed record LabPlan(string Lab, long Step, double DesiredTokens, IReadOnlyDictionary<string, double> Requests);
