namespace SimCluster.Cli.Tests;

/// <summary>A newline in a value shown in an error split the error line; command-line values too.</summary>
public sealed class OneLineUsageErrorTests
{
    [Fact]
    public void A_newline_in_an_option_value_stays_on_the_error_line()
    {
        using var tmp = new TempDir();
        var (code, _, stderr) = CliRunner.Run("sweep", tmp.File("small.yaml", Scenarios.Small), "--seed", "4\nerror: looks like another error");
        Assert.Equal(2, code);
        Assert.Equal(@"error: --seed: '4\nerror: looks like another error' is not an integer in [0, 18446744073709551615]", stderr.TrimEnd('\n', '\r'));
    }
}
