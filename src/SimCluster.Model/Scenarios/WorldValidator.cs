using SimCluster.Model.Capability;
using SimCluster.Model.Simulation;

namespace SimCluster.Model.Scenarios;

/// <summary>Ranges for a scenario's <c>world</c> constants; part of <see cref="ScenarioValidator"/>.</summary>
public static class WorldValidator
{
    /// <summary>Every issue with <paramref name="w"/>, with paths under <c>world.</c>.</summary>
    public static IEnumerable<ScenarioIssue> Validate(WorldParameters w)
    {
        const string positive = "a finite number > 0", nonNegative = "a finite number >= 0";
        var c = w.Constants;
        var checks = new List<(string Path, double Value, Func<double, bool> Ok, string Range)>
        {
            ("world.loss_constants.irreducible_loss_nats", c.E, NonNegative, nonNegative),
            ("world.loss_constants.a", c.A, Positive, positive),
            ("world.loss_constants.b", c.B, Positive, positive),
            ("world.loss_constants.alpha", c.Alpha, Positive, positive),
            ("world.loss_constants.beta", c.Beta, Positive, positive),
            ("world.algorithmic_progress.doubling_months", w.Progress.DoublingMonths, x => x > 0, "months > 0 (.inf for no progress)"),
            ("world.algorithmic_progress.max_multiplier", w.Progress.MaxMultiplier, x => x >= 1 && double.IsFinite(x), "a finite factor >= 1"),
            ("world.synthetic.verification_factor", w.Synthetic.VerificationFactor, Positive, positive),
            ("world.synthetic.generator_fraction", w.Synthetic.GeneratorFraction, x => x > 0 && x <= 1, "a fraction in (0, 1]"),
            ("world.synthetic.saturation_sigma", w.Synthetic.SaturationSigma, Positive, positive),
            ("world.synthetic.quality", w.Synthetic.Quality, x => x > 0 && x <= 1, "effective tokens per synthetic token in (0, 1]"),
            ("world.synthetic.collapse_kappa_nats_per_generation", w.Synthetic.CollapseKappa, NonNegative, nonNegative),
            ("world.rl.headroom_fraction", w.Rl.Headroom, x => x >= 0 && x <= 1, "a fraction in [0, 1]"),
            ("world.rl.midpoint_ratio", w.Rl.MidpointRatio, Positive, positive),
            ("world.rl.steepness", w.Rl.Steepness, Positive, positive),
            ("world.rl.environment_cost_multiple", w.Rl.EnvironmentCostMultiple, NonNegative, nonNegative),
            ("world.test_time.thinking_multiplier", w.TestTime.ThinkingMultiplier, x => x >= 1 && double.IsFinite(x), "a finite factor >= 1 (1 = off)"),
            ("world.test_time.points_per_decade", w.TestTime.PointsPerDecade, NonNegative, nonNegative),
        };
        checks.AddRange(Mapping(w.Mapping));
        foreach (var (path, value, ok, range) in checks)
            if (!ok(value)) yield return new ScenarioIssue(path, $"must be {range}; got {IssueText.Number(value)}");
        if (w.Mapping.Floor >= w.Mapping.Ceiling)
            yield return new ScenarioIssue("world.gpqa_mapping.floor_percent", "must be below ceiling_percent");
    }

    private static IEnumerable<(string, double, Func<double, bool>, string)> Mapping(IGpqaMapping mapping)
    {
        const string at = "world.gpqa_mapping";
        Func<double, bool> percent = x => x >= 0 && x <= 100;
        switch (mapping)
        {
            case LossGapGpqaMapping g:
                yield return ($"{at}.steepness", g.Steepness, Positive, "a finite number > 0");
                yield return ($"{at}.midpoint_gap_nats", g.MidpointGap, Positive, "nats > 0");
                yield return ($"{at}.irreducible_loss_nats", g.IrreducibleLoss, NonNegative, "nats >= 0");
                yield return ($"{at}.floor_percent", g.Floor, percent, "a percentage in [0, 100]");
                yield return ($"{at}.ceiling_percent", g.Ceiling, percent, "a percentage in [0, 100]");
                break;
            case PlainLossGpqaMapping p:
                yield return ($"{at}.slope_per_nat", p.Slope, Positive, "a finite number > 0");
                yield return ($"{at}.midpoint_loss_nats", p.MidpointLoss, Positive, "nats > 0");
                yield return ($"{at}.ceiling_percent", p.Ceiling, x => x > 0 && x <= 100, "a percentage in (0, 100]");
                break;
        }
    }

    private static bool Positive(double x) => x > 0 && double.IsFinite(x);

    private static bool NonNegative(double x) => x >= 0 && double.IsFinite(x);
}
