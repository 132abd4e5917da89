namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>An error said "shares must be in [0, 1]; got 1" when the value was 1.0000001. Values in errors are exact.</summary>
public sealed class ExactNumberTests
{
    private static string WithShares(string shares) =>
        OneLabYaml.Sound.Replace("strategy: balanced", $"strategy: {{shares: {shares}}}");

    [Fact]
    public void A_share_just_above_one_is_shown_as_written()
    {
        var e = OneLabYaml.Single(WithShares("{pretrain: 1.0000001, synthetic: 0, rl: 0, inference: 0}"));
        OneLabYaml.AssertAt(e, 10, "labs.a.strategy.shares.pretrain", "must be a fraction in [0, 1]; got 1.0000001");
    }

    [Fact]
    public void A_sum_just_outside_the_tolerance_shows_the_digits_that_differ_from_one()
    {
        var e = OneLabYaml.Single(WithShares("{pretrain: 0.5000011, synthetic: 0.2, rl: 0.2, inference: 0.1}"));
        OneLabYaml.AssertAt(e, 10, "labs.a.strategy.shares", "shares must sum to 1; they sum to 1.0000011");
    }

    [Fact]
    public void A_range_error_shows_the_value_in_round_trip_form()
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("initial_gpus: 16000", "initial_gpus: -1.0000000000000002"));
        OneLabYaml.AssertAt(e, 5, "clusters.c1.initial_gpus", "got -1.0000000000000002");
    }
}
