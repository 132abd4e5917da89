namespace SimCluster.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Theory]
    [InlineData("baseline")]
    [InlineData("real-data-heavy")]
    [InlineData("simulation-heavy")]
    [InlineData("data-wall")]
    [InlineData("epoch-data-exhaustion")]
    [InlineData("seed-formula")]
    [InlineData("baseline-uncertain")]
    [InlineData("epoch-data-stock")]
    [InlineData("frontier-2023")]
    public void Every_shipped_scenario_validates(string name)
    {
        var (code, stdout, stderr) = CliRunner.Run("validate", Scenarios.Shipped(name));
        Assert.True(code == 0, stderr);
        Assert.StartsWith($"ok: {Scenarios.Shipped(name)}: '{name}'", stdout);
    }

    [Fact]
    public void Every_error_of_every_file_is_listed_with_exit_code_2()
    {
        using var tmp = new TempDir();
        string a = tmp.File("a.yaml", Scenarios.Small.Replace("end_year: 2030", "end_year: 2020"));
        string b = tmp.File("b.yaml", Scenarios.Small.Replace("seed: 3", "seed: 3\nbogus_key: 1"));
        var (code, _, stderr) = CliRunner.Run("validate", a, b);
        Assert.Equal(2, code);
        Assert.Contains($"{a}:3:", stderr);
        Assert.Contains("end_year", stderr);
        Assert.Contains($"{b}:5:1: bogus_key:", stderr);
    }
}
