using SimCluster.Model.PostTraining;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;

namespace SimCluster.Model.Tests.Unit;

public sealed class LabStepTests
{
    private static readonly WorldParameters World = WorldParameters.Default;

    private static List<LabStepReport> Run(LabStrategy strategy, double flopPerMonth, double reachable, int months, LabState? state = null) =>
        RunIn(World, strategy, flopPerMonth, reachable, months, state);

    private static List<LabStepReport> RunIn(WorldParameters world, LabStrategy strategy, double flopPerMonth, double reachable, int months, LabState? state = null)
    {
        state ??= new LabState(ReleasedModel.Human(world, 2024));
        var reports = new List<LabStepReport>();
        for (int k = 1; k <= months; k++)
            reports.Add(LabStep.Advance(world, strategy, state, LabStepInput.For(world, strategy, 2024 + k / 12.0, 1, flopPerMonth, reachable)));
        return reports;
    }

    [Fact]
    public void A_run_ends_after_four_months_in_2024_lengthening_after_and_its_model_is_released_three_months_later()
    {
        var r = Run(StrategyPresets.RealDataHeavy, 1e26, 1e15, 24);
        // Runs lengthen 1.4x a year from 4 months in 2024: they end in months 4, 9 and 15.
        Assert.Equal([7, 12, 18], r.Select((x, i) => (x, i)).Where(p => p.x.Released).Select(p => p.i + 1));
        // Until the lag is over the starting model stays in service, though the first run ended in month 4.
        Assert.All(r.Take(6), x => Assert.Equal(ReleasedModel.Human(World, 2024).Loss, x.Loss));
        Assert.True(r[6].Loss < ReleasedModel.Human(World, 2024).Loss);
        Assert.True(r[^1].Loss < r[6].Loss, "algorithmic progress makes each run better");
        Assert.All(r, x => Assert.False(x.DataExhausted));
        Assert.All(r, x => Assert.Equal(0, x.SyntheticFraction));
        Assert.All(r, x => Assert.Equal(x.Capability.Pretrain + x.Capability.Distill + x.Capability.Rl + x.Capability.TestTime, x.Capability.Total, 12));
    }

    [Fact]
    public void Compute_by_use_sums_to_compute_delivered()
    {
        foreach (var s in StrategyPresets.All)
            Assert.All(Run(s, 3e25, 1e14, 12), x => Assert.Equal(3e25, x.FlopPretrain + x.FlopExperiments + x.FlopSynthetic + x.FlopRl + x.FlopInference, 3e25 * 1e-12));
    }

    [Fact]
    public void Rl_starts_in_august_2024_grows_between_releases_and_carries_over_to_a_new_base()
    {
        var r = Run(StrategyPresets.SimulationHeavy, 2e26, 1e15, 24);
        Assert.All(r.Take(7), x => Assert.Equal(0, x.Capability.Rl)); // months 1-7: 2024.08-2024.58, before RL begins (2024.6)
        Assert.True(r[9].Capability.Rl > r[8].Capability.Rl);
        Assert.True(r[11].Released); // month 12: the run that ended in month 9
        Assert.True(r[11].Capability.Rl + r[11].Capability.Distill > 0.5 * (r[10].Capability.Rl + r[10].Capability.Distill),
            "the new base keeps most of what RL found (carry-over, distillation)");
    }

    [Fact]
    public void Short_data_sets_exhaustion_and_synthetic_data_fills_the_gap_when_collapse_is_mild()
    {
        var mild = World with { Synthetic = World.Synthetic with { CollapseKappa = 1e-4 } };
        var state = new LabState(ReleasedModel.Human(mild, 2024));
        var r = RunIn(mild, StrategyPresets.SimulationHeavy, 5e26, 2e13, 24, state);
        Assert.True(r[0].DataExhausted);
        Assert.Equal(2024 + 1 / 12.0, state.ExhaustionYear);
        var released = r.Where(x => x.Released).ToArray();
        Assert.NotEmpty(released);
        Assert.All(released, x => Assert.InRange(x.SyntheticFraction, 1e-6, 1));
        Assert.All(r, x => Assert.InRange(x.TokensUniqueHuman, 0, 2e13));
    }

    [Fact]
    public void With_the_design_collapse_constant_synthetic_data_pays_when_human_data_is_short_but_not_when_collapse_is_severe()
    {
        // Relative to the reducible loss, the penalty of a share φ is κ·φ·(L − E): small next to what extra unique tokens
        // save a data-starved run. At κ = 1 (a fully synthetic generation doubles the reducible loss) only verified tokens pay.
        var r = Run(StrategyPresets.SimulationHeavy, 5e26, 2e13, 24);
        Assert.Contains(r, x => x.Released && x.SyntheticFraction > 0);
        var severe = World with { Synthetic = World.Synthetic with { CollapseKappa = 1, VerifiedShare = 0 } };
        var s = RunIn(severe, StrategyPresets.SimulationHeavy, 5e26, 2e13, 24);
        Assert.Contains(s, x => x.Released);
        Assert.All(s, x => Assert.Equal(0, x.SyntheticFraction));
    }

    [Fact]
    public void Adaptive_switches_to_simulation_heavy_shares_when_data_runs_short()
    {
        var plenty = Run(StrategyPresets.Adaptive, 1e25, 1e16, 1)[0];
        var scarce = Run(StrategyPresets.Adaptive, 1e25, 1e12, 1)[0];
        Assert.Equal(0, plenty.FlopSynthetic);
        Assert.Equal(1e25 * StrategyPresets.SimulationHeavy.Shares.Synthetic, scarce.FlopSynthetic, 1e25 * 1e-12);
    }

    [Fact]
    public void Identical_inputs_give_identical_trajectories()
    {
        var a = Run(StrategyPresets.Balanced, 7e25, 3e13, 60);
        var b = Run(StrategyPresets.Balanced, 7e25, 3e13, 60);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Capability_dips_at_most_a_little_at_a_release_and_keeps_rising()
    {
        var r = Run(StrategyPresets.SimulationHeavy, 2e25, 1e15, 36);
        var h = RlParameters.Default.HeadroomEci;
        for (int i = 1; i < r.Count; i++)
            Assert.True(r[i].Capability.Total >= r[i - 1].Capability.Total - 0.1 * h, $"month {i + 1}: K fell from {r[i - 1].Capability.Total} to {r[i].Capability.Total}");
        Assert.True(r[^1].Capability.Total > r[5].Capability.Total + 5);
        Assert.All(r, x => Assert.True(x.Capability.Distill + x.Capability.Rl <= x.RlHeadroomEci + 1e-9, "distillation and RL share one headroom"));
    }
}
