using SimCluster.Cli.Tests.Cluster;

namespace SimCluster.Cli.Tests;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM stop `run` and `sweep`: exit 130, nothing committed, no staging left.
/// The signal goes once the command's staging folder exists: by then it is past parsing and inside its work.
/// </summary>
[Collection("real processes")]
public sealed class CancellationTests
{
    private const int Sigint = 2, Sigterm = 15;

    [Theory]
    [InlineData("run", Sigint)]
    [InlineData("run", Sigterm)]
    [InlineData("sweep", Sigint)]
    [InlineData("sweep", Sigterm)]
    public void A_signal_stops_the_command_with_exit_130_and_writes_nothing(string command, int signal)
    {
        using var tmp = new TempDir();
        string[] args = command == "run"
            ? ["run", Scenarios.Shipped("baseline"), "--out", tmp.Sub("out")]
            : ["sweep", Scenarios.Shipped("baseline-uncertain"), "--replicates", "2000", "--out", tmp.Sub("out")];
        using var process = Processes.Start(args);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Directory.GetDirectories(tmp.Path, ".out.staging-*").Length == 0)
        {
            Assert.False(process.Process.HasExited, $"exited before it was signalled: {process.Err}");
            Assert.True(DateTime.UtcNow < deadline, "no staging folder appeared");
            Thread.Sleep(20);
        }
        process.Signal(signal);

        Assert.Equal(130, process.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.Contains("cancelled: no outputs were written", process.Err);
        Assert.Empty(Directory.GetFileSystemEntries(tmp.Path)); // no output folder, no staging
    }
}
