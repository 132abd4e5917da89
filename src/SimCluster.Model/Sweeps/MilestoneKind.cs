using SimCluster.Model.World;

namespace SimCluster.Model.Sweeps;

/// <summary>An event a sweep reports the distribution of: data exhaustion, first reaching a GPQA level, or first
/// reaching a capability milestone that does not saturate.</summary>
/// <param name="Name">exhaustion, gpqa70, gpqa80, gpqa90, or a key of <see cref="Readouts.MilestoneTable.Unsaturating"/> (eci175, metr_month...).</param>
/// <param name="Year">The year the event happened in a lab's run; null if never.</param>
public sealed record MilestoneKind(string Name, Func<LabSummary, double?> Year)
{
    /// <summary>Exhaustion, the GPQA milestones of <see cref="LabSummary.MilestoneLevels"/>, then the capability milestones
    /// that never saturate, in <see cref="Readouts.MilestoneTable.Default"/>'s order.</summary>
    public static IReadOnlyList<MilestoneKind> All { get; } =
        new[] { new MilestoneKind("exhaustion", l => l.ExhaustionYear) }
            .Concat(LabSummary.MilestoneLevels.Select(g => new MilestoneKind($"gpqa{g:0}", l => l.At(g).Year)))
            .Concat(Readouts.MilestoneTable.Default.Unsaturating.Select(m => new MilestoneKind(m.Key, l => l.Reached(m.Name).Year))).ToArray();
}
