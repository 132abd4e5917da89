using SimCluster.Model.PostTraining;
using SimCluster.Model.Progress;
using SimCluster.Model.Synthetic;

namespace SimCluster.Model.Tests.Unit;

public sealed class SyntheticAndRlTests
{
    [Fact]
    public void Kappa_reproduces_perplexity_20_to_28_over_five_replace_generations_of_the_small_model()
    {
        // docs/model.md §9: the seeds' perplexity rise 20 → 28 in five fully synthetic generations of OPT-125m (ΔL = ln 1.4)
        // is κ_rel = 0.0572 of that model's reducible loss, ln 20 − 1.82 nats (Shumailov et al. 2024).
        double reducible = Math.Log(20) - 1.82;
        double dl = CollapsePenalty.Loss(SyntheticMode.Replace, SyntheticDataParameters.CalibratedKappaExact, 1.0, 5, reducible);
        Assert.Equal(Math.Log(28.0 / 20.0), dl, 12);
        Assert.Equal(SyntheticDataParameters.CalibratedKappa, SyntheticDataParameters.CalibratedKappaExact, 4);
    }

    [Fact]
    public void Collapse_scales_with_the_reducible_loss_so_a_frontier_model_loses_a_share_not_more_than_everything()
    {
        // A frontier model with 0.05 nats of reducible loss loses 5 x 0.0572 of it in five fully synthetic replace
        // generations: 0.0143 nats, not the 0.336 nats (6x its whole reducible loss) an absolute penalty would take.
        double dl = CollapsePenalty.Loss(SyntheticMode.Replace, SyntheticDataParameters.CalibratedKappa, 1.0, 5, 0.05);
        Assert.Equal(5 * 0.0572 * 0.05, dl, 12);
        Assert.True(dl < 0.05);
    }

    [Fact]
    public void Accumulate_penalty_is_kappa_phi_times_partial_zeta2_times_the_reducible_loss()
    {
        Assert.Equal(0.1 * 0.5 * (1 + 0.25 + 1.0 / 9) * 0.2, CollapsePenalty.Loss(SyntheticMode.Accumulate, 0.1, 0.5, 3, 0.2), 12);
        Assert.Equal(0, CollapsePenalty.Loss(SyntheticMode.Replace, 0.1, 0.0, 3, 0.2));
    }

    [Fact]
    public void Unverified_tokens_saturate_at_quality_times_the_generators_information_and_verified_ones_at_their_cap()
    {
        var p = SyntheticDataParameters.Default;
        double info = 1.5e13, unverifiedRaw = info, raw = unverifiedRaw / (1 - p.VerifiedShare);
        Assert.Equal(1, SyntheticData.EffectiveTokens(p, raw, info) / (p.Quality * info * (1 - Math.Exp(-1))), 12);
        Assert.InRange(SyntheticData.EffectiveTokens(p, 1e18, info), p.Quality * info * 0.999999, p.Quality * info);
        Assert.Equal(1, SyntheticData.VerifiedTokens(p, 1e10) / (p.VerifiedShare * 1e10), 3); // linear far below the cap
        Assert.InRange(SyntheticData.VerifiedTokens(p, 1e18), p.VerifiedCapTokens * 0.999999, p.VerifiedCapTokens);
        // Generation cost 2·N·T·k_v and its inverse.
        Assert.Equal(2 * 4e11 * 1e12 * 4, SyntheticData.GenerationFlop(p, 4e11, 1e12));
        Assert.Equal(1, SyntheticData.TokensFromFlop(p, 4e11, 3.2e24) / 1e12, 12);
    }

    [Fact]
    public void Rl_defaults_reproduce_deepseek_r1_over_v3()
    {
        // Epoch AI's ECI: DeepSeek-V3 132.39 → R1 138.04 (+5.65) with ~6e23 FLOP of RL on a 3.4e24 base, released 2025.05.
        var p = RlParameters.Default;
        double stock = 6e23 * RlPostTraining.Efficiency(p, AlgorithmicProgressParameters.Default, 2025.052);
        double gain = RlPostTraining.Gain(p, p.HeadroomEci, stock, 3.4078e24);
        Assert.InRange(gain, 5.65 - 0.3, 5.65 + 0.3);
    }

    [Fact]
    public void Rl_gain_saturates_at_the_headroom_which_environments_raise()
    {
        var p = RlParameters.Default;
        Assert.InRange(RlPostTraining.Gain(p, 15, 1e30, 1e25), 14.99, 15);
        Assert.Equal(0, RlPostTraining.Gain(p, 15, 0, 1e25));
        Assert.Equal(15, RlPostTraining.Headroom(p, 0));
        Assert.Equal(15 + 3 * Math.Log10(1 + 99), RlPostTraining.Headroom(p, 99 * p.SimulationReferenceFlop), 12);
    }

    [Fact]
    public void Rl_arrives_in_2024_6_and_its_stock_keeps_its_relative_worth_times_r_on_a_new_base()
    {
        var p = RlParameters.Default;
        Assert.False(RlPostTraining.Available(p, 2024.55));
        Assert.True(RlPostTraining.Available(p, 2024.6));
        Assert.Equal(1, RlPostTraining.Efficiency(p, AlgorithmicProgressParameters.Default, 2024.5));
        Assert.Equal(0.8 * 1e24 * 10, RlPostTraining.CarriedOver(p, 1e24, 1e25, 1e26), 6);
    }

    [Fact]
    public void Environments_cost_compute_and_test_time_adds_gamma_per_decade_once_reasoning_exists()
    {
        var p = RlParameters.Default with { EnvironmentCostMultiple = 9 };
        Assert.Equal(1, RlPostTraining.RolloutFlop(p, 1e25, 1.0) / 1e24, 12);
        Assert.Equal(1, RlPostTraining.RolloutFlop(p, 1e25, 0.0) / 1e25, 12);
        Assert.Equal(1, RlPostTraining.EnvironmentRolloutFlop(p, 1e25, 0.5) / 5e23, 12);
        Assert.Equal(2 * 1.69, TestTimeCompute.Gain(new TestTimeParameters(100), RlParameters.Default, 2025), 12);
        Assert.Equal(0, TestTimeCompute.Gain(new TestTimeParameters(100), RlParameters.Default, 2024.5));
        Assert.Equal(0, TestTimeCompute.Gain(TestTimeParameters.Default, RlParameters.Default, 2030));
        Assert.Equal(1, TestTimeCompute.TokensServed(TestTimeParameters.Default, 1e11, 2e23) / 1e12, 12);
    }

    [Fact]
    public void Distillation_closes_a_share_of_the_teachers_lead_and_never_passes_the_teacher()
    {
        var p = SyntheticDataParameters.Default;
        // DeepSeek-V3 (132.39) trained on R1's (138.04) tokens: V3-0324 scored 136.21 (Epoch AI's ECI).
        double gain = Distillation.Gain(p, 138.04, 132.39, 1e12);
        Assert.InRange(132.39 + gain, 136.21 - 2, 138.04);
        Assert.Equal(0, Distillation.Gain(p, 130, 135, 1e12));
        Assert.Equal(0, Distillation.Gain(p, 140, 130, 0));
    }
}
