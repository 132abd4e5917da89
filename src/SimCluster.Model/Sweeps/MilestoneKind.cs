using SimCluster.Model.World;

namespace SimCluster.Model.Sweeps;

/// <summary>An event a sweep reports the distribution of: data exhaustion, or first reaching a GPQA level.</summary>
/// <param name="Name">exhaustion, gpqa70, gpqa80 or gpqa90.</param>
/// <param name="Year">The year the event happened in a lab's run; null if never.</param>
public sealed record MilestoneKind(string Name, Func<LabSummary, double?> Year)
{
    /// <summary>Exhaustion and the GPQA milestones of <see cref="LabSummary.MilestoneLevels"/>.</summary>
    public static IReadOnlyList<MilestoneKind> All { get; } =
        new[] { new MilestoneKind("exhaustion", l => l.ExhaustionYear) }
            .Concat(LabSummary.MilestoneLevels.Select(g => new MilestoneKind($"gpqa{g:0}", l => l.At(g).Year))).ToArray();
}
