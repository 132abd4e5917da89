using SimCluster.Model.PostTraining;
using SimCluster.Model.Synthetic;

namespace SimCluster.Model.Tests.Unit;

public sealed class SyntheticAndRlTests
{
    [Fact]
    public void Kappa_reproduces_perplexity_20_to_28_over_five_replace_generations()
    {
        // docs/model.md §9: the seeds' perplexity rise 20 → 28 in five fully synthetic generations, ΔL = ln 1.4.
        double dl = CollapsePenalty.Loss(SyntheticMode.Replace, SyntheticDataParameters.CalibratedKappa, 1.0, 5);
        Assert.Equal(Math.Log(28.0 / 20.0), dl, 12);
        Assert.Equal(0.067, SyntheticDataParameters.CalibratedKappa, 3);
    }

    [Fact]
    public void Accumulate_penalty_is_kappa_phi_times_partial_zeta2()
    {
        Assert.Equal(0.1 * 0.5 * (1 + 0.25 + 1.0 / 9), CollapsePenalty.Loss(SyntheticMode.Accumulate, 0.1, 0.5, 3), 12);
        Assert.Equal(0, CollapsePenalty.Loss(SyntheticMode.Replace, 0.1, 0.0, 3));
    }

    [Fact]
    public void Synthetic_tokens_saturate_at_quality_times_generator_data()
    {
        var p = SyntheticDataParameters.Default;
        double dGen = 1.5e13;
        Assert.Equal(1, SyntheticData.EffectiveTokens(p, dGen, dGen) / (p.Quality * dGen * (1 - Math.Exp(-1))), 12);
        Assert.InRange(SyntheticData.EffectiveTokens(p, 1e18, dGen), p.Quality * dGen * 0.999999, p.Quality * dGen);
        // Generation cost 2·N·T·k_v and its inverse.
        Assert.Equal(2 * 4e11 * 1e12 * 4, SyntheticData.GenerationFlop(p, 4e11, 1e12));
        Assert.Equal(1, SyntheticData.TokensFromFlop(p, 4e11, 3.2e24) / 1e12, 12);
    }

    [Fact]
    public void Rl_defaults_reproduce_deepseek_r1()
    {
        // docs/model.md §10: ~6e23 FLOP of RL on a 3.4e24 base took GPQA 59 → 71.5 (DeepSeek-R1). Tolerance ±1 point.
        double gain = RlPostTraining.Gain(RlParameters.Default, 59, 100, 6e23, 3.4e24);
        Assert.InRange(59 + gain, 70.5, 72.5);
    }

    [Fact]
    public void Rl_defaults_reproduce_grok_4_gain_when_rl_matches_pretraining()
    {
        // docs/model.md §10: RL compute ≈ pretraining compute gives ~+28 points (Grok 4, from a base near 59). ±3 points.
        Assert.InRange(RlPostTraining.Gain(RlParameters.Default, 59, 100, 1e26, 1e26), 25, 31);
    }

    [Fact]
    public void Environments_cost_compute_and_test_time_adds_gamma_per_decade()
    {
        Assert.Equal(1, RlPostTraining.RolloutFlop(RlParameters.Default with { EnvironmentCostMultiple = 9 }, 1e25) / 1e24, 12);
        Assert.Equal(10, TestTimeCompute.Gain(new TestTimeParameters(100)), 12);
        Assert.Equal(0, TestTimeCompute.Gain(TestTimeParameters.Default));
        Assert.Equal(1, TestTimeCompute.TokensServed(TestTimeParameters.Default, 1e11, 2e23) / 1e12, 12);
    }
}
