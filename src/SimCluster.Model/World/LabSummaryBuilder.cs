namespace SimCluster.Model.World;

/// <summary>Folds a lab's rows, in step order, into its <see cref="LabSummary"/>; the aggregator keeps one per lab.</summary>
public sealed class LabSummaryBuilder(string lab, string strategy)
{
    private readonly GpqaMilestone?[] _milestones = new GpqaMilestone?[LabSummary.MilestoneLevels.Count];
    private double? _exhaustion, _crossover;
    private TrajectoryRow? _last;
    private int _released;

    /// <summary>Adds the next row; rows must arrive in step order.</summary>
    public void Add(TrajectoryRow row)
    {
        if (row.Lab != lab) throw new ArgumentException($"row of '{row.Lab}' given to the summary of '{lab}'", nameof(row));
        if (_last is not null && row.Step != _last.Step + 1)
            throw new ArgumentException($"{lab}: step {row.Step} after step {_last.Step}; rows must be added in step order", nameof(row));
        if (row.DataExhausted) _exhaustion ??= row.Year;
        if (row.FlopSynthetic + row.FlopRl > row.FlopPretrain) _crossover ??= row.Year;
        if (row.ModelReleased) _released++;
        for (int i = 0; i < _milestones.Length; i++)
            if (_milestones[i] is null && row.Gpqa >= LabSummary.MilestoneLevels[i])
                _milestones[i] = new GpqaMilestone(LabSummary.MilestoneLevels[i], row.Year, row.EnergyKwhCumulative, row.CostUsdCumulative);
        _last = row;
    }

    /// <summary>The summary so far; requires at least one row.</summary>
    public LabSummary Build()
    {
        var r = _last ?? throw new InvalidOperationException($"{lab}: no rows yet");
        var milestones = _milestones.Select((m, i) => m ?? new GpqaMilestone(LabSummary.MilestoneLevels[i], null, null, null)).ToArray();
        return new LabSummary(lab, strategy, _exhaustion, _crossover, milestones, r.Year, r.Loss, r.Gpqa, r.Params, r.EnergyKwhCumulative, r.CostUsdCumulative, _released);
    }
}
