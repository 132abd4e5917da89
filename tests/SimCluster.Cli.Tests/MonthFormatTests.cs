using SimCluster.Cli.Outputs;
using SimCluster.Cli.Runs;
using SimCluster.Model.Guards;
using SimCluster.Model.Scenarios;

namespace SimCluster.Cli.Tests;

/// <summary>Dates print one way for people, as calendar months (2030-12 is the step ending December 2030), never as
/// fractional years such as 2029.67; machine columns (trajectories.csv's year, summary.json's years) stay numbers.</summary>
public sealed class MonthFormatTests
{
    private const double EndOfAugust2029 = 2029 + 8 / 12.0; // 2029.67

    [Fact]
    public void A_warning_in_the_report_is_dated_by_month()
    {
        var warning = new GuardWarning("cluster_power", "c1", "clusters.c1.power_cap_mw", EndOfAugust2029, 6e4, 5e4, "it draws too much");
        var table = GuardWarnings.Table([("", warning)])!;
        Assert.Equal("first month", table.Headers[2]);
        Assert.Equal("2029-08", Assert.Single(table.Rows)[2]);
    }

    [Fact]
    public void A_run_error_is_dated_by_month()
    {
        var e = new ScenarioRunException("labs.a.budget.growth_factor_per_year", EndOfAugust2029, "the budget left the range");
        Assert.EndsWith("(in 2029-08)", RunError.Line("s.yaml", e));
        Assert.EndsWith("(in 2029-08)", e.Message);
    }

    [SkippableFact]
    public void Backtest_names_its_first_and_last_steps_by_month()
    {
        string? data = FrontierTableInput.Locate();
        Skip.If(data is null, "frontier-calibration.csv not found");
        var (code, output, error) = CliRunner.Run("backtest", Scenarios.Shipped("baseline"), "--data", data!);
        Assert.True(code == 0, error);
        Assert.Contains("released between the ends of the first and last steps (2024-01 to 2063-12)", output);
    }

    [Fact]
    public void A_sensitivity_of_a_date_prints_months_on_the_console_and_in_the_report()
    {
        using var tmp = new TempDir();
        var (code, stdout, stderr) = CliRunner.Run("sweep", tmp.File("u.yaml", Scenarios.SmallUncertain(2040)), "--sensitivity", "exhaustion_year", "--report", "--out", tmp.Sub("s"));
        Assert.True(code == 0, stderr);
        string html = File.ReadAllText(tmp.Sub("s", "report.html"));
        html = html[..html.IndexOf("<section id=\"parameters\">", StringComparison.Ordinal)]; // parameter values print as the file writes them
        Assert.Matches(@"<td>20\d\d-\d\d</td>", html);
        Assert.DoesNotMatch(@"<td>20\d\d\.\d+</td>", html);
        Assert.Matches(@"exhaustion_year at the medians = 20\d\d-\d\d", stdout);
    }

    [Fact]
    public void Release_dates_and_cut_offs_print_as_the_month_they_fall_in()
    {
        Assert.Equal("2025-01", Format.Date(2025.0));
        Assert.Equal("2024-09", Format.Date(2024.707));
        Assert.Equal("-", Format.Date(null));
    }
}
