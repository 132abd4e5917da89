namespace SimCluster.Cli.Tests;

public sealed class SetOptionTests
{
    private const string PublicWeb = "  - preset: public-web-text\n";

    private static string Read(string dir, string name) => File.ReadAllText(Path.Combine(dir, name));

    [Theory]
    [InlineData("sources.public-web-text.initial_stock_tokens=1e14", PublicWeb, PublicWeb + "    initial_stock_tokens: 1e14\n")]
    [InlineData("world.synthetic.collapse_kappa=0.0337", "seed: 3\n", "seed: 3\nworld:\n  synthetic:\n    collapse_kappa: 0.0337\n")]
    public void A_run_with_set_is_byte_identical_to_a_run_of_the_edited_file(string set, string written, string edited)
    {
        using var tmp = new TempDir();
        var viaSet = CliRunner.Run("run", tmp.File("small.yaml", Scenarios.Small), "--set", set, "--out", tmp.Sub("set"));
        Assert.True(viaSet.Code == 0, viaSet.Err);
        string editedText = Scenarios.Small.Replace(written, edited);
        Assert.NotEqual(Scenarios.Small, editedText);
        var viaFile = CliRunner.Run("run", tmp.File("edited.yaml", editedText), "--out", tmp.Sub("file"));
        Assert.True(viaFile.Code == 0, viaFile.Err);
        Assert.Equal(0, CliRunner.Run("run", tmp.Path + "/small.yaml", "--out", tmp.Sub("plain")).Code);

        foreach (string name in new[] { "trajectories.csv", "sources.csv", "scenario.resolved.yaml" })
            Assert.Equal(Read(tmp.Sub("file"), name), Read(tmp.Sub("set"), name));
        Assert.NotEqual(Read(tmp.Sub("plain"), "scenario.resolved.yaml"), Read(tmp.Sub("set"), "scenario.resolved.yaml"));
    }

    [Fact]
    public void An_unknown_key_gets_a_did_you_mean_from_this_scenarios_keys_and_nothing_is_written()
    {
        using var tmp = new TempDir();
        var (code, _, stderr) = CliRunner.Run("run", tmp.File("small.yaml", Scenarios.Small), "--set", "labs.lab-a.budget.initial_usd_per_yer=7e9", "--out", tmp.Sub("out"));
        Assert.Equal(2, code);
        Assert.StartsWith("error: --set labs.lab-a.budget.initial_usd_per_yer: ", stderr);
        Assert.Contains("did you mean 'labs.lab-a.budget.initial_usd_per_year'?", stderr);
        Assert.False(Directory.Exists(tmp.Sub("out")));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("sweep")]
    public void A_value_out_of_range_is_refused_with_the_range_naming_the_option_and_nothing_is_written(string command)
    {
        using var tmp = new TempDir();
        string file = tmp.File("u.yaml", Scenarios.SmallUncertain());
        var (code, _, stderr) = CliRunner.Run(command, file, "--set", "sources.licensed-archives.initial_stock_tokens=-5", "--out", tmp.Sub("out"));
        Assert.Equal(2, code);
        Assert.Equal("error: --set sources.licensed-archives.initial_stock_tokens: must be a number of tokens in [0, 1e20]; got -5", stderr.Trim());
        Assert.False(Directory.Exists(tmp.Sub("out")));
    }

    [Theory]
    [InlineData("end_year")]
    [InlineData("end_year=")]
    public void Text_that_is_not_key_equals_value_is_a_usage_error(string set)
    {
        using var tmp = new TempDir();
        var (code, _, stderr) = CliRunner.Run("run", tmp.File("small.yaml", Scenarios.Small), "--set", set, "--out", tmp.Sub("out"));
        Assert.Equal(2, code);
        Assert.StartsWith($"error: --set '{set}': ", stderr);
        Assert.False(Directory.Exists(tmp.Sub("out")));
    }

    [Fact]
    public void A_distribution_given_with_set_sweeps_exactly_like_the_same_distribution_in_the_file()
    {
        using var tmp = new TempDir();
        const string dist = "{distribution: lognormal, median: 3e14, p90: 1e15, min: 1e14, max: 1e15}";
        string plain = Scenarios.SmallUncertain().Replace("    initial_stock_tokens: " + dist + "\n", "");
        Assert.NotEqual(Scenarios.SmallUncertain(), plain);
        var viaSet = CliRunner.Run("sweep", tmp.File("plain.yaml", plain), "--set", "sources.public-web-text.initial_stock_tokens=" + dist, "--replicates", "6", "--out", tmp.Sub("set"));
        Assert.True(viaSet.Code == 0, viaSet.Err);
        var viaFile = CliRunner.Run("sweep", tmp.File("u.yaml", Scenarios.SmallUncertain()), "--replicates", "6", "--out", tmp.Sub("file"));
        Assert.True(viaFile.Code == 0, viaFile.Err);
        foreach (string name in new[] { "replicates.csv", "replicate_parameters.csv", "milestones.csv", "bands.csv", "scenario.resolved.yaml" })
            Assert.Equal(Read(tmp.Sub("file"), name), Read(tmp.Sub("set"), name));
        Assert.Contains("sources.public-web-text.initial_stock_tokens", Read(tmp.Sub("set"), "replicate_parameters.csv"));
    }

    [Fact]
    public void A_distribution_on_a_field_that_cannot_vary_is_refused_as_in_a_file()
    {
        using var tmp = new TempDir();
        var (code, _, stderr) = CliRunner.Run("sweep", tmp.File("u.yaml", Scenarios.SmallUncertain()), "--set", "end_year={distribution: uniform, lower: 2028, upper: 2030}", "--out", tmp.Sub("out"));
        Assert.Equal(2, code);
        Assert.StartsWith("error: --set end_year: is not a parameter a sweep can vary", stderr);
        Assert.False(Directory.Exists(tmp.Sub("out")));
    }

    [Fact]
    public void Compare_applies_each_set_to_every_scenario()
    {
        using var tmp = new TempDir();
        string a = tmp.File("a.yaml", Scenarios.Small), b = tmp.File("b.yaml", Scenarios.Small.Replace("name: small", "name: other"));
        var (code, _, stderr) = CliRunner.Run("compare", a, b, "--set", "labs.lab-b.budget.initial_usd_per_year=1.5e10", "--out", tmp.Sub("out"));
        Assert.True(code == 0, stderr);
        foreach (string name in new[] { "small", "other" })
            Assert.Contains("initial_usd_per_year: 1.5e10", Read(tmp.Sub("out", name), "scenario.resolved.yaml"));
    }
}
