namespace SimCluster.Cli.Tests;

/// <summary>A report says what ran: the parameter tables show the resolved scenario's values, --set included, each
/// value the run changed beside its default; a comparison shows every scenario's parameters and resolved file.</summary>
public sealed class ReportParameterTests
{
    [Fact]
    public void A_run_report_shows_the_scenarios_values_and_a_set_override_beside_their_defaults()
    {
        using var tmp = new TempDir();
        var (code, _, stderr) = CliRunner.Run("run", Scenarios.Shipped("data-wall"), "--report", "--out", tmp.Sub("out"),
            "--set", "sources.public-web-text.growth_fraction_per_year=0.05");
        Assert.True(code == 0, stderr);
        string html = File.ReadAllText(Path.Combine(tmp.Sub("out"), "report.html"));
        Assert.Contains("<td>sources.public-web-text.initial_stock_tokens</td><td>1e14</td><td>3e14</td>", html); // the file's
        Assert.Contains("<td>sources.public-web-text.growth_fraction_per_year</td><td>0.05</td><td>0.08</td>", html); // --set's
        Assert.Contains("<td>sources.public-web-text.quality</td><td>1</td><td></td>", html); // kept: no default shown
    }

    [Fact]
    public void A_compare_report_shows_every_scenarios_parameters_and_resolved_file()
    {
        using var tmp = new TempDir();
        string a = tmp.File("a.yaml", Scenarios.Small);
        string b = tmp.File("b.yaml", Scenarios.Small.Replace("name: small", "name: other").Replace("{name: c1, initial_gpus: 16000}", "{name: c1, initial_gpus: 24000}"));
        var (code, _, stderr) = CliRunner.Run("compare", a, b, "--report", "--out", tmp.Sub("c"));
        Assert.True(code == 0, stderr);
        string html = File.ReadAllText(Path.Combine(tmp.Sub("c"), "report.html"));
        Assert.Contains("<h3 id=\"parameters-small\">small</h3>", html);
        Assert.Contains("<h3 id=\"parameters-other\">other</h3>", html);
        Assert.Contains("<summary>small/scenario.resolved.yaml", html);
        Assert.Contains("<summary>other/scenario.resolved.yaml", html);
        Assert.Contains("name: other\n", html);
        Assert.Contains("<td>clusters.c1.initial_gpus</td><td>24000</td><td>16000</td>", html);
    }
}
