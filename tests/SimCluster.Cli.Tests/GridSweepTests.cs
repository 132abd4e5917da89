namespace SimCluster.Cli.Tests;

public sealed class GridSweepTests
{
    private const string Stock = "sources.public-web-text.initial_stock_tokens", Budget = "labs.lab-a.budget.initial_usd_per_year";

    private static string[] Csv(string path) => File.ReadAllLines(path);

    [Fact]
    public void A_3_by_2_grid_of_a_certain_scenario_writes_a_row_per_cell_and_lab_and_each_cell_is_the_run_with_those_values()
    {
        using var tmp = new TempDir();
        string file = tmp.File("small.yaml", Scenarios.Small);
        var (code, stdout, stderr) = CliRunner.Run("sweep", file, "--grid", $"{Stock}=1e14,3e14,1e15", "--grid", $"{Budget}=5e9,2e10", "--report", "--out", tmp.Sub("grid"));
        Assert.True(code == 0, stderr);
        Assert.Contains("a grid of 6 cells (3 x 2)", stdout);
        Assert.Contains("Each cell of the grid", File.ReadAllText(tmp.Sub("grid", "report.html")));
        Assert.True(File.Exists(tmp.Sub("grid", "charts", "grid-gpqa80.png")));
        Assert.Contains("cell 6/6 (cell-06)", stderr);

        var rows = Csv(tmp.Sub("grid", "grid.csv"));
        var header = rows[0].Split(',');
        Assert.Equal(["cell", "folder", Stock, Budget, "lab", "replicates"], header[..6]);
        Assert.Contains("gpqa80_median", header);
        Assert.Contains("final_gpqa_median", header);
        Assert.Equal(1 + 6 * 2, rows.Length);
        string[][] expected = [["1e14", "5e9"], ["1e14", "2e10"], ["3e14", "5e9"], ["3e14", "2e10"], ["1e15", "5e9"], ["1e15", "2e10"]];
        for (int cell = 0; cell < 6; cell++)
            foreach (var (lab, row) in new[] { ("lab-a", rows[1 + 2 * cell]), ("lab-b", rows[2 + 2 * cell]) })
                Assert.Equal([(cell + 1).ToString(), $"cell-0{cell + 1}", .. expected[cell], lab, "1"], row.Split(',')[..6]);

        // Cell 4 is the scenario run with its two values set.
        var run = CliRunner.Run("run", file, "--set", $"{Stock}=3e14", "--set", $"{Budget}=2e10", "--out", tmp.Sub("run"));
        Assert.True(run.Code == 0, run.Err);
        Assert.Equal(File.ReadAllText(tmp.Sub("run", "trajectories.csv")), File.ReadAllText(tmp.Sub("grid", "cell-04", "trajectories.csv")));
        Assert.NotEqual(File.ReadAllText(tmp.Sub("grid", "cell-03", "trajectories.csv")), File.ReadAllText(tmp.Sub("grid", "cell-04", "trajectories.csv")));
    }

    [Fact]
    public void Each_cell_of_an_uncertain_grid_equals_the_sweep_with_its_values_set()
    {
        using var tmp = new TempDir();
        string file = tmp.File("u.yaml", Scenarios.SmallUncertain());
        var (code, stdout, stderr) = CliRunner.Run("sweep", file, "--grid", $"{Budget}=5e9,2e10", "--set", "labs.lab-b.budget.initial_usd_per_year=1e10",
            "--replicates", "4", "--out", tmp.Sub("grid"));
        Assert.True(code == 0, stderr);
        Assert.Contains("4 replicates each", stdout);
        var rows = Csv(tmp.Sub("grid", "grid.csv"));
        Assert.Equal(1 + 2 * 2, rows.Length);
        int replicates = Array.IndexOf(rows[0].Split(','), "replicates");
        Assert.All(rows.Skip(1), r => Assert.Equal("4", r.Split(',')[replicates]));

        var sweep = CliRunner.Run("sweep", file, "--set", $"{Budget}=2e10", "--set", "labs.lab-b.budget.initial_usd_per_year=1e10", "--replicates", "4", "--out", tmp.Sub("sweep"));
        Assert.True(sweep.Code == 0, sweep.Err);
        foreach (string name in new[] { "replicates.csv", "replicate_parameters.csv", "milestones.csv", "bands.csv", "scenario.resolved.yaml" })
            Assert.Equal(File.ReadAllText(tmp.Sub("sweep", name)), File.ReadAllText(tmp.Sub("grid", "cell-02", name)));
        // grid.csv's medians are milestones.csv's.
        var milestones = Csv(tmp.Sub("sweep", "milestones.csv"));
        string gpqa80 = milestones.Single(l => l.StartsWith("lab-a,gpqa80,", StringComparison.Ordinal)).Split(',')[6];
        var cell2 = rows[3].Split(',');
        Assert.Equal(gpqa80, cell2[Array.IndexOf(rows[0].Split(','), "gpqa80_median")]);
    }

    [Theory]
    [InlineData(new[] { "--grid", Stock + "=" }, "no value after '='")]
    [InlineData(new[] { "--grid", Stock }, "expected KEY=v1,v2,...")]
    [InlineData(new[] { "--grid", Stock + "=1e14,,3e14" }, "an empty value")]
    [InlineData(new[] { "--grid", Stock + "=1e14,lots" }, "'lots' is not a number")]
    [InlineData(new[] { "--grid", Stock + "=1e14,1e14" }, "given twice")]
    [InlineData(new[] { "--grid", Stock + "=1e14", "--grid", Stock + "=3e14" }, "is given more than once")]
    [InlineData(new[] { "--grid", Stock + "=1e14", "--set", Stock + "=3e14" }, "both --set and --grid")]
    [InlineData(new[] { "--grid", "sources.public-web-text.initial_stok_tokens=1e14" }, "did you mean 'sources.public-web-text.initial_stock_tokens'?")]
    [InlineData(new[] { "--grid", Stock + "=1e14,-1" }, "--grid sources.public-web-text.initial_stock_tokens=-1: must be a number of tokens in [0, 1e20]; got -1")]
    [InlineData(new[] { "--grid", Stock + "=1e14", "--sensitivity", "gpqa@2028" }, "cannot be combined with --sensitivity")]
    [InlineData(new[] { "--grid", Stock + "=1e14", "--sobol", "16" }, "cannot be combined with --sobol")]
    public void A_bad_grid_is_a_usage_error_and_nothing_is_written(string[] options, string message)
    {
        using var tmp = new TempDir();
        var (code, _, stderr) = CliRunner.Run(["sweep", tmp.File("small.yaml", Scenarios.Small), .. options, "--out", tmp.Sub("out")]);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
        Assert.False(Directory.Exists(tmp.Sub("out")));
    }

    [Fact]
    public void A_grid_of_more_than_a_thousand_cells_is_refused_before_anything_runs()
    {
        using var tmp = new TempDir();
        string values = string.Join(",", Enumerable.Range(1, 40).Select(i => $"{i}e13"));
        var (code, _, stderr) = CliRunner.Run("sweep", tmp.File("small.yaml", Scenarios.Small), "--grid", $"{Stock}={values}", "--grid", $"{Budget}={values.Replace("e13", "e9")}",
            "--out", tmp.Sub("out"));
        Assert.Equal(2, code);
        Assert.Contains("40 x 40 makes more than 1,000 cells", stderr);
        Assert.False(Directory.Exists(tmp.Sub("out")));
    }
}
