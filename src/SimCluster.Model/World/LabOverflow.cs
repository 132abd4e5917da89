using SimCluster.Model.Scenarios;

namespace SimCluster.Model.World;

/// <summary>
/// Which scenario field to blame when a lab's step leaves the computable range. Compute, energy and cost come from
/// the lab's budget (its cluster's hardware trends are checked, and blamed, by the cluster first); human data from
/// the sources it reads; the model it trains (parameters, tokens, loss, readouts) from the loss law, and capability from algorithmic progress.
/// </summary>
internal static class LabOverflow
{
    /// <summary>A training run whose compute is no longer finite.</summary>
    public static ScenarioRunException RunCompute(LabRuntime lab, double year, double value) =>
        Overflow.Budget(lab.At, lab.Spec.Budget, lab.World.StartYear, year, "the compute of the lab's training run", value);

    /// <summary>A non-finite <paramref name="column"/> (a <see cref="TrajectoryRow"/> property) of the lab's row.</summary>
    public static ScenarioRunException Column(LabRuntime lab, double year, string column, double value)
    {
        string what = $"the lab's {ColumnNames.Name(column)}";
        switch (column)
        {
            case nameof(TrajectoryRow.HumanStockTokens) or nameof(TrajectoryRow.HumanUnseenTokens):
                return new ScenarioRunException($"{lab.At}.sources", year,
                    $"{what} left the range the model can compute ({Overflow.Show(value)} tokens); lower the growth of the sources it reads {Overflow.OrEndEarlier}");
            case nameof(TrajectoryRow.Params) or nameof(TrajectoryRow.TokensUniqueHuman) or nameof(TrajectoryRow.Epochs)
                or nameof(TrajectoryRow.TokensSynthetic) or nameof(TrajectoryRow.SyntheticFraction) or nameof(TrajectoryRow.Loss)
                or nameof(TrajectoryRow.Gpqa) or nameof(TrajectoryRow.Frontiermath) or nameof(TrajectoryRow.Swebench) or nameof(TrajectoryRow.MathLevel5):
                return new ScenarioRunException("world.loss_constants", year,
                    $"{what} left the range the model can compute ({Overflow.Show(value)}) although the run's compute is finite; check the loss constants");
            case nameof(TrajectoryRow.ChinchillaEquivalentFlop) or nameof(TrajectoryRow.CapabilityEci) or nameof(TrajectoryRow.CapabilityPretrainEci)
                or nameof(TrajectoryRow.CapabilityDistillEci) or nameof(TrajectoryRow.CapabilityPostEci) or nameof(TrajectoryRow.RlHeadroomEci)
                or nameof(TrajectoryRow.MetrHorizonMinutes):
                return new ScenarioRunException("world.algorithmic_progress", year,
                    $"{what} left the range the model can compute ({Overflow.Show(value)}): algorithms compounded past what a number holds; lengthen doubling_months or shorten slowdown_half_life_years {Overflow.OrEndEarlier}");
            case nameof(TrajectoryRow.TokensDesired) when lab.Spec.DatasetTrend is not null:
                return new ScenarioRunException($"{lab.At}.dataset_trend.growth_factor_per_year", year,
                    $"{what} left the range the model can compute ({Overflow.Show(value)} tokens); lower the trend's growth {Overflow.OrEndEarlier}");
            default:
                return Overflow.Budget(lab.At, lab.Spec.Budget, lab.World.StartYear, year, what, value);
        }
    }
}
