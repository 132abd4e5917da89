namespace SimCluster.Cli.Tests;

public sealed class SweepCommandTests
{
    [Fact]
    public void A_sweep_writes_bands_milestones_and_replicates_and_is_the_same_with_another_batch_size()
    {
        using var tmp = new TempDir();
        string file = tmp.File("u.yaml", Scenarios.SmallUncertain());
        var (code, stdout, stderr) = CliRunner.Run("sweep", file, "--replicates", "12", "--batch-size", "5", "--out", tmp.Sub("a"));
        Assert.True(code == 0, stderr);
        Assert.Equal(0, CliRunner.Run("sweep", file, "--replicates", "12", "--batch-size", "12", "--out", tmp.Sub("b")).Code);

        foreach (string name in new[] { "bands.csv", "milestones.csv", "milestone_histogram.csv", "replicates.csv", "replicate_parameters.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(tmp.Sub("a"), name)), File.ReadAllBytes(Path.Combine(tmp.Sub("b"), name)));

        var bands = File.ReadAllLines(Path.Combine(tmp.Sub("a"), "bands.csv"));
        Assert.Equal("lab,metric,year,count,p5,p25,p50,p75,p95", bands[0]);
        Assert.Contains(bands, l => l.StartsWith("lab-a,gpqa,2027,12,", StringComparison.Ordinal));
        var replicates = File.ReadAllLines(Path.Combine(tmp.Sub("a"), "replicates.csv")).Skip(1).Select(l => l.Split(',')[0]).ToArray();
        Assert.Equal(24, replicates.Length); // 12 replicates x 2 labs, each once
        Assert.Equal(Enumerable.Range(0, 12).Select(i => i.ToString()), replicates.Distinct());
        Assert.Contains("exhaustion", stdout);
        Assert.Contains("12 replicates on the embedded silo", stdout);
    }

    [Fact]
    public void A_sensitivity_sweep_prints_a_tornado_per_lab()
    {
        using var tmp = new TempDir();
        var (code, stdout, stderr) = CliRunner.Run("sweep", tmp.File("u.yaml", Scenarios.SmallUncertain()), "--sensitivity", "gpqa@2026", "--out", tmp.Sub("s"));
        Assert.True(code == 0, stderr);
        Assert.Contains("sensitivity of gpqa@2026", stdout);
        Assert.Contains("world.algorithmic_progress.doubling_months", stdout);
        var rows = File.ReadAllLines(Path.Combine(tmp.Sub("s"), "sensitivity.csv"));
        Assert.Equal(1 + 2 * 2, rows.Length); // 2 labs x 2 parameters
    }

    [Theory]
    [InlineData("0", "--replicates must be a whole number in [1, 1,000,000]; got '0'")]
    [InlineData("1e9", "--replicates must be a whole number in [1, 1,000,000]; got '1e9'")]
    [InlineData("2.5", "--replicates must be a whole number in [1, 1,000,000]; got '2.5'")]
    public void Zero_or_absurd_replicate_counts_are_usage_errors(string replicates, string message)
    {
        using var tmp = new TempDir();
        var (code, _, stderr) = CliRunner.Run("sweep", tmp.File("u.yaml", Scenarios.SmallUncertain()), "--replicates", replicates, "--out", tmp.Sub("o"));
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
        Assert.False(Directory.Exists(tmp.Sub("o")));
    }

    [Fact]
    public void A_scenario_without_distributions_or_a_bad_outcome_is_a_usage_error()
    {
        using var tmp = new TempDir();
        var plain = CliRunner.Run("sweep", tmp.File("p.yaml", Scenarios.Small), "--replicates", "5");
        Assert.Equal(2, plain.Code);
        Assert.Contains("no parameter has a distribution", plain.Err);
        var outcome = CliRunner.Run("sweep", tmp.File("u.yaml", Scenarios.SmallUncertain()), "--sensitivity", "gdp@2030");
        Assert.Equal(2, outcome.Code);
        Assert.Contains("--sensitivity: 'gdp@2030' is not an outcome; use METRIC@YEAR", outcome.Err);
    }

    [Fact]
    public void Invalid_distribution_bounds_are_named_with_file_line_and_field()
    {
        using var tmp = new TempDir();
        string text = Scenarios.SmallUncertain().Replace("min: 1e14, max: 1e15", "min: 1e15, max: 1e14");
        var (code, _, stderr) = CliRunner.Run("sweep", tmp.File("bad.yaml", text), "--replicates", "5");
        Assert.Equal(2, code);
        Assert.Matches(@"bad\.yaml:\d+:\d+: sources\.public-web-text\.initial_stock_tokens: .*min must be < max", stderr);
    }

    [Fact]
    public void A_distribution_that_can_draw_outside_a_parameters_range_is_refused_where_it_is_written()
    {
        using var tmp = new TempDir();
        string text = Scenarios.Small.Replace("strategy: real-data-heavy}", "strategy: real-data-heavy, budget: {growth_factor_per_year: {distribution: normal, mean: 1, sd: 3}}}");
        var (code, _, stderr) = CliRunner.Run("sweep", tmp.File("n.yaml", text), "--replicates", "200");
        Assert.Equal(2, code);
        Assert.Matches(@"n\.yaml:12:\d+: labs\.lab-a\.budget\.growth_factor_per_year: its lowest draws are out of range: must be a factor per year in \(0, 10\]; got -[\d.]+; narrow the distribution or bound it with min and max", stderr);
    }

    [Fact]
    public void An_unreachable_cluster_is_a_clear_error_within_seconds()
    {
        using var tmp = new TempDir();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (code, _, stderr) = CliRunner.Run("sweep", tmp.File("u.yaml", Scenarios.SmallUncertain()), "--replicates", "5", "--cluster", "127.0.0.1:1", "--out", tmp.Sub("o"));
        Assert.Equal(2, code);
        Assert.Contains("--cluster: cannot reach the cluster at '127.0.0.1:1'", stderr);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.False(File.Exists(Path.Combine(tmp.Sub("o"), "bands.csv")));
    }

    [Fact]
    public void Sobol_indices_come_with_the_tornado_and_need_an_outcome()
    {
        using var tmp = new TempDir();
        string file = tmp.File("u.yaml", Scenarios.SmallUncertain());
        var (code, stdout, stderr) = CliRunner.Run("sweep", file, "--sensitivity", "gpqa@2026", "--sobol", "16", "--out", tmp.Sub("s"));
        Assert.True(code == 0, stderr);
        Assert.Contains("Sobol indices of gpqa@2026 from 16 base samples", stdout);
        var rows = File.ReadAllLines(Path.Combine(tmp.Sub("s"), "sobol.csv"));
        Assert.Equal("lab,outcome,parameter,first_order,first_order_low,first_order_high,total,total_low,total_high", rows[0]);
        Assert.Equal(1 + 2 * 2, rows.Length);

        var alone = CliRunner.Run("sweep", file, "--sobol", "16", "--replicates", "4");
        Assert.Equal(2, alone.Code);
        Assert.Contains("--sobol needs --sensitivity OUTCOME", alone.Err);
    }

    [Theory]
    [InlineData("--batch-size", "100001", "error: --batch-size must be a whole number in [1, 100000]; got '100001'")]
    [InlineData("--batch-size", "0", "error: --batch-size must be a whole number in [1, 100000]; got '0'")]
    [InlineData("--batch-size", "100000", "batch size 100000 makes each batch's reply about")]
    public void Options_are_checked_before_a_silo_starts_so_the_error_is_one_line(string option, string value, string message)
    {
        using var tmp = new TempDir();
        var (code, stdout, stderr) = CliRunner.Run("sweep", tmp.File("u.yaml", Scenarios.SmallUncertain()), "--replicates", "5", option, value, "--out", tmp.Sub("o"));
        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n')); // no Orleans log lines before it: the silo never started
        Assert.Contains(message, stderr);
        Assert.Equal("", stdout);
        Assert.Equal([tmp.Sub("u.yaml")], Directory.GetFileSystemEntries(tmp.Path));
    }

    [Theory]
    [InlineData(new[] { "--attach", "abc" }, "error: --attach needs --cluster CONNECTION")]
    [InlineData(new[] { "--cancel", "abc" }, "error: --cancel needs --cluster CONNECTION")]
    [InlineData(new[] { "--attach", "abc", "--cancel", "abc", "--cluster", "127.0.0.1:1" }, "error: give a SCENARIO to start a sweep, or --attach ID or --cancel ID")]
    [InlineData(new[] { "--attach", "abc", "--replicates", "5", "--cluster", "127.0.0.1:1" }, "error: --replicates describes a new sweep; --attach takes the sweep as it was started")]
    [InlineData(new string[0], "error: give a SCENARIO to start a sweep")]
    public void Attach_cancel_and_detach_say_what_they_need(string[] args, string message)
    {
        var (code, _, stderr) = CliRunner.Run(["sweep", .. args]);
        Assert.Equal(2, code);
        Assert.StartsWith(message, stderr.Trim());
    }

    [Fact]
    public void Detach_needs_a_cluster()
    {
        using var tmp = new TempDir();
        var (code, _, stderr) = CliRunner.Run("sweep", tmp.File("u.yaml", Scenarios.SmallUncertain()), "--replicates", "5", "--detach");
        Assert.Equal(2, code);
        Assert.StartsWith("error: --detach needs --cluster CONNECTION: an embedded silo's sweeps end with this process", stderr.Trim());
    }

    [Fact]
    public void A_replicate_that_overflows_mid_run_fails_the_sweep_at_once_naming_the_replicate_and_the_field()
    {
        // Every draw is in range, but budgets growing up to 10x a year for four centuries leave the doubles. Steps of 4
        // months: a run lasts training_run_months (default 4), which must be at least a step.
        using var tmp = new TempDir();
        string text = Scenarios.Small.Replace("end_year: 2030", "end_year: 2450\nstep_months: 4").Replace("strategy: real-data-heavy}",
            "strategy: real-data-heavy, budget: {growth_factor_per_year: {distribution: uniform, lower: 1.01, upper: 10}, growth_factor_per_year_after_break: 10}}");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (code, _, stderr) = CliRunner.Run("sweep", tmp.File("boom.yaml", text), "--replicates", "200", "--batch-size", "10", "--out", tmp.Sub("o"));
        Assert.Equal(2, code);
        Assert.Matches(@"^error: [^\n]*boom\.yaml: the sweep stopped: replicate \d+ \(labs\.lab-a\.budget\.growth_factor_per_year = [\d.e+-]+\): labs\.lab-a\.budget\.", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.False(Directory.Exists(tmp.Sub("o")));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}: a deterministic failure must not be retried");
    }
}
