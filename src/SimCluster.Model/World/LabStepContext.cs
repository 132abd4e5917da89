namespace SimCluster.Model.World;

/// <summary>What a lab is told at phases 2 and 3 of a step: the time, its share of its cluster, and its sources.</summary>
/// <param name="Step">Step number k, from 1.</param>
/// <param name="YearFrom">t_{k−1}.</param>
/// <param name="Year">t_k.</param>
/// <param name="StepMonths">Δ in months.</param>
/// <param name="Compute">The lab's share of its cluster's step.</param>
/// <param name="Sources">Snapshots of the lab's sources, in name order.</param>
public sealed record LabStepContext(long Step, double YearFrom, double Year, double StepMonths, TenantShare Compute, IReadOnlyList<DataSourceSnapshot> Sources);
