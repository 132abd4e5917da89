namespace SimCluster.Model.World;

/// <summary>What the data wall cost one lab: the run against its twin with unlimited human data (<see cref="DataWallTwin"/>).</summary>
/// <param name="Lab">Lab name.</param>
/// <param name="YearsLost">
/// Years of progress lost to the data wall: the run's final year minus the first year the twin's lab reached the
/// real lab's final capability K. 0 when the wall cost nothing (the twin gets there no earlier than the run ends, or
/// the lab never ran out of human data); null when undefined (the twin has no row of the lab).
/// </param>
/// <param name="CapabilityEciWithoutDataWall">The twin's final K: where the lab would have ended with unlimited human data.</param>
public sealed record DataWallResult(string Lab, double? YearsLost, double? CapabilityEciWithoutDataWall);
