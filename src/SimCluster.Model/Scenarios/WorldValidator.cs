using SimCluster.Model.Capability;
using SimCluster.Model.Simulation;

namespace SimCluster.Model.Scenarios;

/// <summary>Ranges for a scenario's <c>world</c> constants (<see cref="ScenarioRanges"/>); part of <see cref="ScenarioValidator"/>.</summary>
public static class WorldValidator
{
    /// <summary>Every issue with <paramref name="w"/>, with paths under <c>world.</c>.</summary>
    public static IEnumerable<ScenarioIssue> Validate(WorldParameters w)
    {
        var c = w.Constants;
        var checks = new List<(string Path, double Value, ValueRange Range)>
        {
            ("world.loss_constants.irreducible_loss_nats", c.E, ScenarioRanges.LossNats),
            ("world.loss_constants.a", c.A, ScenarioRanges.LossCoefficient),
            ("world.loss_constants.b", c.B, ScenarioRanges.LossCoefficient),
            ("world.loss_constants.alpha", c.Alpha, ScenarioRanges.LossExponent),
            ("world.loss_constants.beta", c.Beta, ScenarioRanges.LossExponent),
            ("world.algorithmic_progress.doubling_months", w.Progress.DoublingMonths, ScenarioRanges.ProgressDoublingMonths),
            ("world.algorithmic_progress.max_multiplier", w.Progress.MaxMultiplier, ScenarioRanges.ProgressMaxMultiplier),
            ("world.synthetic.verification_factor", w.Synthetic.VerificationFactor, ScenarioRanges.VerificationFactor),
            ("world.synthetic.generator_fraction", w.Synthetic.GeneratorFraction, ScenarioRanges.GeneratorFraction),
            ("world.synthetic.saturation_sigma", w.Synthetic.SaturationSigma, ScenarioRanges.SaturationSigma),
            ("world.synthetic.quality", w.Synthetic.Quality, ScenarioRanges.SyntheticQuality),
            ("world.synthetic.collapse_kappa_nats_per_generation", w.Synthetic.CollapseKappa, ScenarioRanges.CollapseKappa),
            ("world.rl.headroom_fraction", w.Rl.Headroom, ScenarioRanges.RlHeadroom),
            ("world.rl.midpoint_ratio", w.Rl.MidpointRatio, ScenarioRanges.RlMidpointRatio),
            ("world.rl.steepness", w.Rl.Steepness, ScenarioRanges.RlSteepness),
            ("world.rl.environment_cost_multiple", w.Rl.EnvironmentCostMultiple, ScenarioRanges.EnvironmentCost),
            ("world.test_time.thinking_multiplier", w.TestTime.ThinkingMultiplier, ScenarioRanges.ThinkingMultiplier),
            ("world.test_time.points_per_decade", w.TestTime.PointsPerDecade, ScenarioRanges.PointsPerDecade),
        };
        checks.AddRange(Mapping(w.Mapping));
        if (ScenarioNames.LabelProblem(c.Name) is { } label) yield return new ScenarioIssue("world.loss_constants.name", label);
        foreach (var (path, value, range) in checks)
            if (!range.Contains(value)) yield return new ScenarioIssue(path, $"must be {range}; got {IssueText.Number(value)}");
        if (w.Mapping.Floor >= w.Mapping.Ceiling)
            yield return new ScenarioIssue("world.gpqa_mapping.floor_percent", "must be below ceiling_percent");
    }

    private static IEnumerable<(string, double, ValueRange)> Mapping(IGpqaMapping mapping)
    {
        const string at = "world.gpqa_mapping";
        switch (mapping)
        {
            case LossGapGpqaMapping g:
                yield return ($"{at}.steepness", g.Steepness, ScenarioRanges.MappingSteepness);
                yield return ($"{at}.midpoint_gap_nats", g.MidpointGap, ScenarioRanges.MidpointGapNats);
                yield return ($"{at}.irreducible_loss_nats", g.IrreducibleLoss, ScenarioRanges.LossNats);
                yield return ($"{at}.floor_percent", g.Floor, ScenarioRanges.Percent);
                yield return ($"{at}.ceiling_percent", g.Ceiling, ScenarioRanges.Percent);
                break;
            case PlainLossGpqaMapping p:
                yield return ($"{at}.slope_per_nat", p.Slope, ScenarioRanges.MappingSteepness);
                yield return ($"{at}.midpoint_loss_nats", p.MidpointLoss, ScenarioRanges.MidpointLossNats);
                yield return ($"{at}.ceiling_percent", p.Ceiling, ScenarioRanges.CeilingPercent);
                break;
        }
    }
}
