using System.Text.Json;

namespace SimCluster.Cli.Tests;

public sealed class RunCommandTests
{
    /// <summary>docs/model.md §15: the columns trajectories.csv must have, at least.</summary>
    private static readonly string[] DesignColumns =
    [
        "replicate", "lab", "step", "year", "flop_pretrain", "flop_experiments", "flop_synthetic", "flop_rl", "flop_inference", "tokens_served", "effective_compute", "params", "model_pretrain_flop", "model_train_power_mw",
        "tokens_unique_human", "epochs", "tokens_synthetic", "synthetic_fraction", "human_stock_tokens", "human_unseen_tokens", "loss",
        "chinchilla_equivalent_flop", "capability_eci", "capability_pretrain_eci", "capability_distill_eci", "capability_post_eci",
        "rl_headroom_eci", "gpqa", "frontiermath", "swebench", "math_level5", "metr_horizon_minutes", "energy_kwh", "energy_kwh_cumulative", "power_mw", "gpus", "cost_usd_cumulative", "banked_usd", "binding_constraint", "data_exhausted",
    ];

    [Fact]
    public void Run_writes_the_design_outputs_and_prints_a_summary_per_lab()
    {
        using var tmp = new TempDir();
        string outDir = tmp.Sub("out");
        var (code, stdout, stderr) = CliRunner.Run("run", tmp.File("small.yaml", Scenarios.Small), "--out", outDir);

        Assert.True(code == 0, stderr);
        // The four outputs and the marker that lets the next run replace the folder as a whole.
        Assert.Equal([".simcluster-output", "scenario.resolved.yaml", "sources.csv", "summary.json", "trajectories.csv"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var lines = File.ReadAllLines(Path.Combine(outDir, "trajectories.csv"));
        var header = lines[0].Split(',');
        Assert.All(DesignColumns, c => Assert.Contains(c, header));
        Assert.Equal(1 + 2 * 72, lines.Length);

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        Assert.Equal(3UL, summary.RootElement.GetProperty("seed").GetUInt64());
        Assert.Equal(["lab-a", "lab-b"], summary.RootElement.GetProperty("labs").EnumerateArray().Select(l => l.GetProperty("lab").GetString()));
        Assert.Contains("seed: 3", File.ReadAllText(Path.Combine(outDir, "scenario.resolved.yaml")));

        Assert.Contains("data exhausted", stdout);
        Assert.Contains("lab-a", stdout);
        Assert.Contains("real-data-heavy", stdout);
    }

    [Fact]
    public void The_same_scenario_gives_byte_identical_outputs()
    {
        using var tmp = new TempDir();
        string file = tmp.File("small.yaml", Scenarios.Small);
        Assert.Equal(0, CliRunner.Run("run", file, "--out", tmp.Sub("a")).Code);
        Assert.Equal(0, CliRunner.Run("run", file, "--out", tmp.Sub("b")).Code);

        foreach (string name in new[] { "trajectories.csv", "sources.csv", "summary.json", "scenario.resolved.yaml" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(tmp.Sub("a"), name)), File.ReadAllBytes(Path.Combine(tmp.Sub("b"), name)));
    }

    // A run draws nothing at random, so a seed would give a second, identical run under another label.
    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    public void A_seed_is_refused_by_the_commands_that_draw_nothing_at_random(string command)
    {
        using var tmp = new TempDir();
        var (code, stdout, stderr) = CliRunner.Run(command, tmp.File("u.yaml", Scenarios.SmallUncertain()), "--seed", "99", "--out", tmp.Sub("o"));
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Matches(@"^error: --seed: (a run|compare) draws nothing at random \(distributions run at their medians\), so a seed would change nothing; use sweep --seed N for random draws$", stderr.Trim());
        Assert.False(Directory.Exists(tmp.Sub("o")));
    }

    [Fact]
    public void A_bad_scenario_exits_2_naming_file_line_and_field_and_writes_nothing()
    {
        using var tmp = new TempDir();
        string file = tmp.File("bad.yaml", Scenarios.Small.Replace("cluster: c2", "cluster: c9"));
        string outDir = tmp.Sub("out");
        var (code, stdout, stderr) = CliRunner.Run("run", file, "--out", outDir);

        Assert.Equal(2, code);
        Assert.Matches($@"^error: {System.Text.RegularExpressions.Regex.Escape(file)}:13:\d+: labs\.lab-b\.cluster: 'c9' is not a cluster of this scenario; clusters: c1, c2", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(outDir), "nothing may be written for a scenario that does not load");
    }

    [Fact]
    public void A_bad_seed_is_a_usage_error()
    {
        using var tmp = new TempDir();
        var (code, _, stderr) = CliRunner.Run("sweep", tmp.File("u.yaml", Scenarios.SmallUncertain()), "--seed", "-4", "--out", tmp.Sub("o"));
        Assert.Equal(2, code);
        Assert.Contains("--seed: '-4' is not an integer in [0, 18446744073709551615]", stderr);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("run", "/nonexistent/scenario.yaml");
        Assert.Equal(2, code);
        Assert.Contains("/nonexistent/scenario.yaml", stderr);
        Assert.Contains("cannot read", stderr);
    }
}
