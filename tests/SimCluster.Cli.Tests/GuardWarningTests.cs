using System.Text.Json;

namespace SimCluster.Cli.Tests;

/// <summary>
/// docs/model.md §3.3: a run that leaves the world that could exist still succeeds, and says so on stderr, in
/// summary.json's <c>warnings</c> and at the top of the report; a feasible run's list is empty.
/// </summary>
public sealed class GuardWarningTests
{
    [Fact]
    public void A_budget_past_one_percent_of_world_product_warns_on_stderr_in_the_summary_and_in_the_report()
    {
        using var tmp = new TempDir();
        string outDir = tmp.Sub("out");
        var (code, stdout, stderr) = CliRunner.Run("run", Scenarios.Shipped("real-data-heavy"), "--out", outDir, "--report",
            "--set", "labs.real-data-heavy.budget.growth_factor_per_year_after_break=1.3");

        Assert.True(code == 0, stderr);
        Assert.Contains("warning: real-data-heavy: lab 'real-data-heavy' budgets USD", stderr);
        Assert.Contains("more than 1% of gross world product", stderr);
        Assert.DoesNotContain("warning", stdout);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        var w = Assert.Single(summary.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("spend_above_gwp_share", w.GetProperty("guard").GetString());
        Assert.Equal("real-data-heavy", w.GetProperty("subject").GetString());
        Assert.True(w.GetProperty("value").GetDouble() > w.GetProperty("limit").GetDouble());
        Assert.Contains("sanity guards", File.ReadAllText(Path.Combine(outDir, "report.html")));
    }

    [Fact]
    public void A_feasible_run_has_an_empty_warnings_list_and_a_quiet_stderr()
    {
        using var tmp = new TempDir();
        string outDir = tmp.Sub("out");
        var (code, _, stderr) = CliRunner.Run("run", Scenarios.Shipped("real-data-heavy"), "--out", outDir);

        Assert.True(code == 0, stderr);
        Assert.DoesNotContain("warning", stderr);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        Assert.Empty(summary.RootElement.GetProperty("warnings").EnumerateArray());
    }
}
