namespace SimCluster.Cli.Tests;

/// <summary>
/// A scenario whose values are all in range but whose run overflows ("a budget growing 100x/yr for
/// 8000 years"; here 10x a year to 2500, the most the ranges allow) gave "internal error", exit 1. It is the file's
/// fault: one line naming the file, the field, what overflowed and the year, exit 2, nothing written. The run goes
/// through the scenario's grains on the embedded silo, so this also checks the exception crosses Orleans intact.
/// </summary>
public sealed class RunOverflowTests
{
    private static readonly string Overflowing = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "overflowing.yaml"));

    [Fact]
    public void Run_reports_the_field_that_overflowed_exits_2_and_writes_nothing()
    {
        using var tmp = new TempDir();
        string file = tmp.File("overflowing.yaml", Overflowing);
        string outDir = tmp.Sub("out");
        var (code, stdout, stderr) = CliRunner.Run("run", file, "--out", outDir);

        Assert.True(code == 2, stderr);
        string line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Matches($@"^error: {System.Text.RegularExpressions.Regex.Escape(file)}: labs\.a\.budget\.growth_factor_per_year: .+ compounding 10x a year; lower the growth or end the run earlier \(in 2\d\d\d-\d\d\)$", line.TrimEnd('\r'));
        Assert.DoesNotContain("internal error", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(outDir), "nothing may be written for a run that overflows");
    }

    [Fact]
    public void Compare_stops_at_the_overflowing_scenario_and_writes_nothing_for_either()
    {
        using var tmp = new TempDir();
        string good = tmp.File("small.yaml", Scenarios.Small), bad = tmp.File("overflowing.yaml", Overflowing);
        string outDir = tmp.Sub("nested", "out");
        var (code, stdout, stderr) = CliRunner.Run("compare", good, bad, "--out", outDir);

        Assert.True(code == 2, stderr);
        Assert.Contains($"error: {bad}: labs.a.budget.growth_factor_per_year: ", stderr);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(tmp.Sub("nested")), "the directories made for the outputs are removed again");
    }

    [Fact]
    public void An_existing_output_folder_keeps_what_it_had()
    {
        using var tmp = new TempDir();
        string outDir = tmp.Sub("out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "earlier.txt"), "from an earlier run");
        var (code, _, stderr) = CliRunner.Run("run", tmp.File("overflowing.yaml", Overflowing), "--out", outDir);

        Assert.True(code == 2, stderr);
        Assert.Equal(["earlier.txt"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName));
    }
}
