namespace SimCluster.Model.World;

/// <summary>Rows produced by one or more steps: labs' trajectories and sources' stocks.</summary>
public sealed record StepRows(IReadOnlyList<TrajectoryRow> Labs, IReadOnlyList<SourceRow> Sources);
