namespace SimCluster.Cli.Tests;

/// <summary>`run` on a scenario with distributions says it took each at its median (what a sweep would draw
/// around), and says nothing of the kind for a scenario without them.</summary>
public sealed class MediansNoteTests
{
    [Fact]
    public void A_run_of_a_scenario_with_distributions_says_it_used_their_medians()
    {
        using var tmp = new TempDir();
        var (code, stdout, stderr) = CliRunner.Run("run", Scenarios.Shipped("baseline-uncertain"), "--out", tmp.Sub("out"));

        Assert.True(code == 0, stderr);
        Assert.Contains("parameter(s) are distributions (world.algorithmic_progress.doubling_months", stdout);
        Assert.Contains("this run used their medians", stdout);
        // The resolved file keeps the distribution itself, so it still describes the uncertainty the run set aside.
        Assert.Matches(@"doubling_months: \{distribution: triangular", File.ReadAllText(Path.Combine(tmp.Sub("out"), "scenario.resolved.yaml")));
    }

    [Fact]
    public void A_run_of_a_scenario_without_distributions_says_nothing_of_medians()
    {
        using var tmp = new TempDir();
        var (code, stdout, stderr) = CliRunner.Run("run", Scenarios.Shipped("real-data-heavy"), "--out", tmp.Sub("out"));

        Assert.True(code == 0, stderr);
        Assert.DoesNotContain("medians", stdout);
    }
}
