namespace SimCluster.Model.World;

/// <summary>
/// Years of progress lost to the data wall, per lab: how much earlier the lab's twin with unlimited human data
/// (<see cref="DataWallTwin"/>) reached the capability the real lab ended at. Capability K (ECI) is the measure
/// because it keeps rising where benchmarks saturate, and years are the unit because "the wall costs N years"
/// reads the same whatever the scale of K. K is that of the model in service, which changes when a lab releases one,
/// so years lost moves in steps of the labs' release cadence rather than smoothly.
/// </summary>
public static class YearsLost
{
    // A step ends at t0 + k·Δ/12, which floating point may land a hair off; differences this small are no time lost.
    private const double YearTolerance = 1e-9;

    /// <summary>
    /// Every lab of <paramref name="real"/>, in its order, against the twin's rows (any order) of the same scenario.
    /// </summary>
    public static IReadOnlyList<DataWallResult> Of(RunSummary real, IEnumerable<TrajectoryRow> twin)
    {
        var byLab = twin.GroupBy(r => r.Lab, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Step).ToArray(), StringComparer.Ordinal);
        return real.Labs.Select(l => For(l, byLab.GetValueOrDefault(l.Lab) ?? [])).ToArray();
    }

    /// <summary>One lab: its summary in the real run against its twin's rows in step order.</summary>
    public static DataWallResult For(LabSummary real, IReadOnlyList<TrajectoryRow> twin)
    {
        if (twin.Count == 0) return new DataWallResult(real.Lab, null, null);
        double withoutWall = twin[^1].CapabilityEci;
        // A lab that never ran out of human data lost nothing to it, whatever small differences a deeper stock makes.
        if (real.ExhaustionYear is null) return new DataWallResult(real.Lab, 0, withoutWall);
        double? reached = null;
        foreach (var r in twin)
            if (r.CapabilityEci >= real.FinalCapabilityEci) { reached = r.Year; break; }
        double lost = reached is { } year ? real.FinalYear - year : 0;
        return new DataWallResult(real.Lab, lost > YearTolerance ? lost : 0, withoutWall);
    }
}
