using SimCluster.Model.Readouts;
using SimCluster.Model.Simulation;

namespace SimCluster.Model.World;

/// <summary>Folds a lab's rows, in step order, into its <see cref="LabSummary"/>; the aggregator keeps one per lab.</summary>
public sealed class LabSummaryBuilder(string lab, string strategy)
{
    // A step ends at t0 + k·Δ/12, which floating point may land a hair below a whole year; this keeps t = 2030 on 2030.
    private const double YearTolerance = 1e-9;

    private static readonly IReadOnlyList<Milestone> CapabilityLevels = MilestoneTable.Default.Milestones;

    private readonly GpqaMilestone?[] _milestones = new GpqaMilestone?[LabSummary.MilestoneLevels.Count];
    private readonly double?[] _capabilityYears = new double?[CapabilityLevels.Count];
    private double? _exhaustion, _crossover, _k2030, _k2040, _k2064;
    private TrajectoryRow? _last;
    private int _released;

    /// <summary>Adds the next row; rows must arrive in step order.</summary>
    public void Add(TrajectoryRow row)
    {
        if (row.Lab != lab) throw new ArgumentException($"row of '{row.Lab}' given to the summary of '{lab}'", nameof(row));
        if (_last is not null && row.Step != _last.Step + 1)
            throw new ArgumentException($"{lab}: step {row.Step} after step {_last.Step}; rows must be added in step order", nameof(row));
        // Dated where ln(desired/reachable) crosses 0 between the last row and this one, as the lab dates it (ExhaustionCrossing).
        if (row.DataExhausted)
            _exhaustion ??= ExhaustionCrossing.Year(_last is { } p ? ExhaustionCrossing.LogRatio(p.TokensDesired, p.HumanStockTokens) : null, _last?.Year ?? row.Year,
                ExhaustionCrossing.LogRatio(row.TokensDesired, row.HumanStockTokens), row.Year);
        if (row.FlopSynthetic + row.FlopRl > row.FlopPretrain) _crossover ??= row.Year;
        if (row.ModelReleased) _released++;
        for (int i = 0; i < _milestones.Length; i++)
            if (_milestones[i] is null && row.Gpqa >= LabSummary.MilestoneLevels[i])
                _milestones[i] = new GpqaMilestone(LabSummary.MilestoneLevels[i], row.Year, row.EnergyKwhCumulative, row.CostUsdCumulative);
        for (int i = 0; i < _capabilityYears.Length; i++)
            if (_capabilityYears[i] is null && row.CapabilityEci >= CapabilityLevels[i].Capability)
                _capabilityYears[i] = row.Year;
        _k2030 ??= CapabilityAt(row, 2030);
        _k2040 ??= CapabilityAt(row, 2040);
        _k2064 ??= CapabilityAt(row, 2064);
        _last = row;
    }

    /// <summary>The summary so far; requires at least one row.</summary>
    public LabSummary Build()
    {
        var r = _last ?? throw new InvalidOperationException($"{lab}: no rows yet");
        var milestones = _milestones.Select((m, i) => m ?? new GpqaMilestone(LabSummary.MilestoneLevels[i], null, null, null)).ToArray();
        var capability = CapabilityLevels.Select((m, i) => new CapabilityMilestone(m.Name, m.Capability, _capabilityYears[i])).ToArray();
        return new LabSummary(lab, strategy, _exhaustion, _crossover, milestones, r.Year, r.Loss, r.Gpqa, r.Params, r.EnergyKwhCumulative, r.CostUsdCumulative, _released,
            _k2030, _k2040, _k2064, r.CapabilityEci, r.ChinchillaEquivalentFlop, capability);
    }

    // The first row at or past the year answers for it, so the caller keeps the first non-null answer.
    private static double? CapabilityAt(TrajectoryRow row, double year) => row.Year >= year - YearTolerance ? row.CapabilityEci : null;
}
