using System.Text.RegularExpressions;

namespace SimCluster.Cli.Tests;

/// <summary>report.html in a real browser, as a reader opens it: every chart present and drawn, no console errors, a
/// screenshot kept.</summary>
public sealed class ReportTests
{
    /// <summary>Where screenshots go: TestResults/ under the test project's output, kept after the run as artifacts.</summary>
    private static string Artifacts => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults")).FullName;

    [SkippableFact]
    public void The_run_report_renders_every_chart_without_console_errors()
    {
        Skip.If(Chromium.Path is null, "chromium is not installed (.ci/run installs it)");
        using var tmp = new TempDir();
        var (code, _, stderr) = CliRunner.Run("run", tmp.File("small.yaml", Scenarios.Small), "--report", "--out", tmp.Sub("out"));
        Assert.True(code == 0, stderr);
        string report = Path.Combine(tmp.Sub("out"), "report.html");
        string html = File.ReadAllText(report);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "")); // nothing fetched at view time
        Assert.DoesNotContain("https://", html);

        var (dom, log) = Chromium.DumpDom(report);
        var body = Regex.Match(dom, "<body data-charts=\"(\\d+)\" data-charts-ok=\"(\\d+)\"");
        Assert.True(body.Success, "the report's check script did not run");
        Assert.Equal(7 + 2, int.Parse(body.Groups[1].Value)); // 7 shared charts + compute by use for each of 2 labs
        Assert.Equal(body.Groups[1].Value, body.Groups[2].Value);
        Assert.DoesNotMatch(":CONSOLE", log);

        string shot = Path.Combine(Artifacts, "run-report.png");
        Chromium.Screenshot(report, shot);
        Assert.True(new FileInfo(shot).Length > 20_000, $"screenshot {shot} is too small");
    }

    [SkippableFact]
    public void The_checker_notices_a_blank_chart()
    {
        Skip.If(Chromium.Path is null, "chromium is not installed (.ci/run installs it)");
        using var tmp = new TempDir();
        Assert.Equal(0, CliRunner.Run("run", tmp.File("small.yaml", Scenarios.Small), "--report", "--out", tmp.Sub("out")).Code);
        string report = Path.Combine(tmp.Sub("out"), "report.html");
        string html = File.ReadAllText(report);
        int start = html.IndexOf("<svg", StringComparison.Ordinal), end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;
        File.WriteAllText(report, html[..start] + "<svg width=\"10\" height=\"10\"></svg>" + html[end..]);

        var (dom, log) = Chromium.DumpDom(report);
        Assert.Matches("data-charts=\"9\" data-charts-ok=\"8\"", dom);
        Assert.Contains("blank chart: chart-capability", log);
    }

    [Fact]
    public void Compare_and_sweep_write_reports_too()
    {
        using var tmp = new TempDir();
        Assert.Equal(0, CliRunner.Run("compare", tmp.File("a.yaml", Scenarios.Small), tmp.File("b.yaml", Scenarios.Small.Replace("name: small", "name: other")), "--report", "--out", tmp.Sub("c")).Code);
        Assert.Contains("small / lab-a", File.ReadAllText(Path.Combine(tmp.Sub("c"), "report.html")));
        Assert.Equal(0, CliRunner.Run("sweep", tmp.File("u.yaml", Scenarios.SmallUncertain()), "--replicates", "8", "--report", "--out", tmp.Sub("s")).Code);
        Assert.True(File.Exists(Path.Combine(tmp.Sub("s"), "charts", "fan-capability-eci.svg")));
        Assert.True(File.Exists(Path.Combine(tmp.Sub("s"), "charts", "fan-gpqa.svg")));
        Assert.True(File.Exists(Path.Combine(tmp.Sub("s"), "charts", "exhaustion-histogram.png")));
        Assert.Equal(0, CliRunner.Run("sweep", tmp.File("u.yaml", Scenarios.SmallUncertain()), "--sensitivity", "gpqa@2026", "--report", "--out", tmp.Sub("t")).Code);
        Assert.True(File.Exists(Path.Combine(tmp.Sub("t"), "charts", "tornado-1.png")));
    }
}
