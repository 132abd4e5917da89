using SimCluster.Model.Economics;

namespace SimCluster.Model.World;

/// <summary>A lab that pays for, and uses, a share of a cluster.</summary>
/// <param name="Lab">Lab name.</param>
/// <param name="Budget">The lab's budget path; its share of the cluster is its share of the budget.</param>
/// <param name="At">The lab's place in the scenario file (<c>labs[1]</c>), so an overflowing budget names its field.</param>
public sealed record ClusterTenant(string Lab, BudgetParameters Budget, string At);
