namespace SimCluster.Cli.Tests;

/// <summary>The output folder is replaced as a whole or not at all, so a reader never mixes files of two runs.</summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void A_new_run_replaces_the_whole_folder_so_no_file_of_an_older_run_is_left_beside_it()
    {
        using var tmp = new TempDir();
        string file = tmp.File("small.yaml", Scenarios.Small), outDir = tmp.Sub("out");
        Assert.Equal(0, CliRunner.Run("run", file, "--out", outDir, "--report").Code);
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")));
        Assert.Equal(0, CliRunner.Run("run", file, "--out", outDir).Code);
        Assert.False(File.Exists(Path.Combine(outDir, "report.html")), "the older run's report must go with it");
        Assert.False(Directory.Exists(Path.Combine(outDir, "charts")));
        Assert.True(File.Exists(Path.Combine(outDir, "summary.json")));
        Assert.Single(Directory.GetDirectories(tmp.Path)); // no staging or set-aside folder remains
    }

    [Fact]
    public void A_folder_holding_files_simcluster_did_not_write_is_refused_untouched()
    {
        using var tmp = new TempDir();
        string mine = tmp.File("notes.txt", "keep me");
        var (code, _, stderr) = CliRunner.Run("run", tmp.File("small.yaml", Scenarios.Small), "--out", tmp.Path);
        Assert.Equal(2, code);
        Assert.Contains("holds files SimCluster did not write", stderr);
        Assert.Equal("keep me", File.ReadAllText(mine));
        Assert.False(File.Exists(tmp.Sub("summary.json")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_out_is_a_usage_error(string value)
    {
        using var tmp = new TempDir();
        var (code, _, stderr) = CliRunner.Run("run", tmp.File("small.yaml", Scenarios.Small), "--out", value);
        Assert.Equal(2, code);
        Assert.Equal("error: --out must name a folder; got an empty value", stderr.Trim());
    }

    [Fact]
    public void A_failed_run_leaves_no_folder_and_the_staging_of_a_killed_run_is_cleaned_by_the_next()
    {
        using var tmp = new TempDir();
        string abandoned = Directory.CreateDirectory(tmp.Sub(".out.staging-2147483646-0123456789abcdef")).FullName; // a PID no process has
        File.WriteAllText(Path.Combine(abandoned, "trajectories.csv"), "half-written");
        var bad = CliRunner.Run("run", tmp.File("bad.yaml", Scenarios.Small.Replace("name: small", "name: [")), "--out", tmp.Sub("out"));
        Assert.Equal(2, bad.Code);
        Assert.False(Directory.Exists(tmp.Sub("out")));

        Assert.Equal(0, CliRunner.Run("run", tmp.File("small.yaml", Scenarios.Small), "--out", tmp.Sub("out")).Code);
        Assert.False(Directory.Exists(abandoned), "the killed run's staging folder must be removed");
        Assert.Equal([tmp.Sub("out")], Directory.GetDirectories(tmp.Path));
    }
}
