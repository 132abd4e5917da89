namespace SimCluster.Model.Readouts;

/// <summary>
/// The capability each milestone needs under a <see cref="ReadoutSet"/>: ECI 150/175/200 themselves, FrontierMath
/// 50%/90%, METR horizon of one work week and one work month, and GPQA Diamond 70/80/90. The first three and the
/// horizons never saturate, which is why they stand beside GPQA. A simulator turns these into dates by finding when a
/// lab's K first crosses each one.
/// </summary>
public sealed record MilestoneTable(IReadOnlyList<Milestone> Milestones)
{
    /// <summary>The milestones of <paramref name="readouts"/>, in the order above.</summary>
    public static MilestoneTable For(ReadoutSet readouts) => new(
    [
        new("ECI 150", 150, "eci150"),
        new("ECI 175", 175, "eci175"),
        new("ECI 200", 200, "eci200"),
        new("FrontierMath 50%", readouts.FrontierMath.CapabilityAt(50), "frontiermath50"),
        new("FrontierMath 90%", readouts.FrontierMath.CapabilityAt(90), "frontiermath90"),
        new("METR horizon 1 week", readouts.Metr.CapabilityAt(MetrHorizon.OneWeekMinutes), "metr_week"),
        new("METR horizon 1 month", readouts.Metr.CapabilityAt(MetrHorizon.OneMonthMinutes), "metr_month"),
        new("GPQA Diamond 70", readouts.GpqaDiamond.CapabilityAt(70), "gpqa_diamond70"),
        new("GPQA Diamond 80", readouts.GpqaDiamond.CapabilityAt(80), "gpqa_diamond80"),
        new("GPQA Diamond 90", readouts.GpqaDiamond.CapabilityAt(90), "gpqa_diamond90"),
    ]);

    /// <summary>The milestones under the defaults.</summary>
    public static MilestoneTable Default { get; } = For(ReadoutSet.Default);

    /// <summary>The milestones that never saturate (ECI, FrontierMath, METR): the GPQA ones are also counted by score.</summary>
    public IEnumerable<Milestone> Unsaturating => Milestones.Where(m => !m.Key.StartsWith("gpqa", StringComparison.Ordinal));

    /// <summary>The K of the milestone named <paramref name="name"/>.</summary>
    public double CapabilityOf(string name) => Milestones.Single(m => m.Name == name).Capability;
}
