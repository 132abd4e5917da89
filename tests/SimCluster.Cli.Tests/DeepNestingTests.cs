using SimCluster.Cli.Tests.Cluster;

namespace SimCluster.Cli.Tests;

/// <summary>
/// 40,000 nested brackets in an 80 KB file overflowed the stack (exit 134). Run as a real process, so a
/// regression kills that process (a stack overflow cannot be caught) and fails this test instead of the test host.
/// </summary>
public sealed class DeepNestingTests
{
    [Fact]
    public void A_file_of_forty_thousand_nested_brackets_exits_2_with_a_located_error()
    {
        using var tmp = new TempDir();
        string file = tmp.File("deep.yaml", new string('[', 40_000) + new string(']', 40_000));
        using var process = Processes.Start("validate", file);
        int code = process.WaitForExit(TimeSpan.FromMinutes(2));

        Assert.True(code == 2, $"exit {code}; stderr:\n{process.Err}");
        Assert.Equal($"error: {file}:1:65: lists and maps (brackets or indentation) are nested more than 64 levels deep here; " +
            "a scenario needs about six (labs, a lab, its strategy, its shares)", process.Err.TrimEnd());
    }
}
