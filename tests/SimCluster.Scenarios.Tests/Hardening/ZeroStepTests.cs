namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>A scenario of 0 steps (end_year only a few days after start_year, so Steps rounds to 0) was accepted.</summary>
public sealed class ZeroStepTests
{
    [Theory]
    [InlineData("start_year: 2024\nend_year: 2024.01")] // 3.65 days: 0.12 of a monthly step
    [InlineData("start_year: 2024\nend_year: 2025\nstep_months: 36")] // a year of a three-year step
    public void A_run_shorter_than_half_a_step_is_refused_at_end_year(string years)
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("end_year: 2030", years).Replace("strategy: balanced", "strategy: {preset: balanced, training_run_months: 36}"));
        OneLabYaml.AssertAt(e, 3, "end_year", "gives no step", "at least one step");
    }

    [Fact]
    public void Half_a_step_or_more_is_one_step()
    {
        var spec = OneLabYaml.Load(OneLabYaml.Sound.Replace("end_year: 2030", "start_year: 2024\nend_year: 2024.05")).Spec;
        Assert.Equal(1, spec.Steps);
    }
}
