using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>Binary wire form of <see cref="LabSummary"/>: a sweep ships four per replicate, and JSON would cost more
/// than the numbers they carry.</summary>
[GenerateSerializer, Alias("SimCluster.LabSummary")]
public struct LabSummarySurrogate
{
    /// <summary>Lab.</summary>
    [Id(0)] public string Lab;

    /// <summary>Strategy.</summary>
    [Id(1)] public string Strategy;

    /// <summary>Exhaustion year.</summary>
    [Id(2)] public double? ExhaustionYear;

    /// <summary>Crossover year.</summary>
    [Id(3)] public double? CrossoverYear;

    /// <summary>Milestone levels.</summary>
    [Id(4)] public double[] MilestoneGpqa;

    /// <summary>Milestone years.</summary>
    [Id(5)] public double?[] MilestoneYear;

    /// <summary>Milestone energies.</summary>
    [Id(6)] public double?[] MilestoneEnergy;

    /// <summary>Milestone costs.</summary>
    [Id(7)] public double?[] MilestoneCost;

    /// <summary>Final year, loss, GPQA, params, energy, cost.</summary>
    [Id(8)] public double[] Finals;

    /// <summary>Models released.</summary>
    [Id(9)] public int ModelsReleased;
}

/// <summary>Converts <see cref="LabSummary"/> to and from its surrogate.</summary>
[RegisterConverter]
public sealed class LabSummaryConverter : IConverter<LabSummary, LabSummarySurrogate>
{
    /// <inheritdoc />
    public LabSummary ConvertFromSurrogate(in LabSummarySurrogate s)
    {
        var m = new GpqaMilestone[s.MilestoneGpqa.Length];
        for (int i = 0; i < m.Length; i++) m[i] = new GpqaMilestone(s.MilestoneGpqa[i], s.MilestoneYear[i], s.MilestoneEnergy[i], s.MilestoneCost[i]);
        var f = s.Finals;
        return new LabSummary(s.Lab, s.Strategy, s.ExhaustionYear, s.CrossoverYear, m, f[0], f[1], f[2], f[3], f[4], f[5], s.ModelsReleased);
    }

    /// <inheritdoc />
    public LabSummarySurrogate ConvertToSurrogate(in LabSummary l) => new()
    {
        Lab = l.Lab,
        Strategy = l.Strategy,
        ExhaustionYear = l.ExhaustionYear,
        CrossoverYear = l.CrossoverYear,
        MilestoneGpqa = l.Milestones.Select(x => x.Gpqa).ToArray(),
        MilestoneYear = l.Milestones.Select(x => x.Year).ToArray(),
        MilestoneEnergy = l.Milestones.Select(x => x.EnergyKwhCumulative).ToArray(),
        MilestoneCost = l.Milestones.Select(x => x.CostUsdCumulative).ToArray(),
        Finals = [l.FinalYear, l.FinalLoss, l.FinalGpqa, l.FinalParams, l.FinalEnergyKwh, l.FinalCostUsd],
        ModelsReleased = l.ModelsReleased,
    };
}
