using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>Binary wire form of <see cref="LabSummary"/>: a sweep ships one per lab and replicate, and JSON would cost
/// more than the numbers they carry. One field per property of the record, so a new property is a new field here.</summary>
[GenerateSerializer, Alias("SimCluster.LabSummary")]
public struct LabSummarySurrogate
{
    /// <summary>Lab name.</summary>
    [Id(0)] public string Lab;

    /// <summary>Strategy name.</summary>
    [Id(1)] public string Strategy;

    /// <summary>First year the lab's next run wanted more human tokens than it could reach; null if never.</summary>
    [Id(2)] public double? ExhaustionYear;

    /// <summary>First year its synthetic plus RL compute exceeded its pretraining compute; null if never.</summary>
    [Id(3)] public double? CrossoverYear;

    /// <summary>The GPQA milestones (binary too: <see cref="GpqaMilestoneSurrogate"/>).</summary>
    [Id(4)] public GpqaMilestone[] Milestones;

    /// <summary>Year of the last step.</summary>
    [Id(5)] public double FinalYear;

    /// <summary>Loss of the model in service at the end.</summary>
    [Id(6)] public double FinalLoss;

    /// <summary>GPQA at the end.</summary>
    [Id(7)] public double FinalGpqa;

    /// <summary>Parameters of the model in service at the end.</summary>
    [Id(8)] public double FinalParams;

    /// <summary>Cumulative energy at the end, kWh.</summary>
    [Id(9)] public double FinalEnergyKwh;

    /// <summary>Cumulative cost at the end, USD.</summary>
    [Id(10)] public double FinalCostUsd;

    /// <summary>Base models released during the run.</summary>
    [Id(11)] public int ModelsReleased;

    /// <summary>Capability K at t = 2030; null if the run ends before.</summary>
    [Id(12)] public double? CapabilityEci2030;

    /// <summary>Capability K at t = 2040; null if the run ends before.</summary>
    [Id(13)] public double? CapabilityEci2040;

    /// <summary>Capability K at t = 2064; null if the run ends before.</summary>
    [Id(14)] public double? CapabilityEci2064;

    /// <summary>Capability K at the end.</summary>
    [Id(15)] public double FinalCapabilityEci;

    /// <summary>Chinchilla-equivalent compute of the model in service at the end, FLOP.</summary>
    [Id(16)] public double FinalChinchillaEquivalentFlop;

    /// <summary>The capability milestones (binary too: <see cref="CapabilityMilestoneSurrogate"/>).</summary>
    [Id(17)] public CapabilityMilestone[] CapabilityMilestones;
}

/// <summary>Converts <see cref="LabSummary"/> to and from its surrogate.</summary>
[RegisterConverter]
public sealed class LabSummaryConverter : IConverter<LabSummary, LabSummarySurrogate>
{
    /// <inheritdoc />
    public LabSummary ConvertFromSurrogate(in LabSummarySurrogate s) =>
        new(s.Lab, s.Strategy, s.ExhaustionYear, s.CrossoverYear, s.Milestones, s.FinalYear, s.FinalLoss, s.FinalGpqa, s.FinalParams,
            s.FinalEnergyKwh, s.FinalCostUsd, s.ModelsReleased, s.CapabilityEci2030, s.CapabilityEci2040, s.CapabilityEci2064, s.FinalCapabilityEci,
            s.FinalChinchillaEquivalentFlop, s.CapabilityMilestones);

    /// <inheritdoc />
    public LabSummarySurrogate ConvertToSurrogate(in LabSummary l) => new()
    {
        Lab = l.Lab,
        Strategy = l.Strategy,
        ExhaustionYear = l.ExhaustionYear,
        CrossoverYear = l.CrossoverYear,
        Milestones = [.. l.Milestones],
        FinalYear = l.FinalYear,
        FinalLoss = l.FinalLoss,
        FinalGpqa = l.FinalGpqa,
        FinalParams = l.FinalParams,
        FinalEnergyKwh = l.FinalEnergyKwh,
        FinalCostUsd = l.FinalCostUsd,
        ModelsReleased = l.ModelsReleased,
        CapabilityEci2030 = l.CapabilityEci2030,
        CapabilityEci2040 = l.CapabilityEci2040,
        CapabilityEci2064 = l.CapabilityEci2064,
        FinalCapabilityEci = l.FinalCapabilityEci,
        FinalChinchillaEquivalentFlop = l.FinalChinchillaEquivalentFlop,
        CapabilityMilestones = [.. l.CapabilityMilestones],
    };
}
