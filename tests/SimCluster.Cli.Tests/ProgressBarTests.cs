using SimCluster.Cli.Runs;

namespace SimCluster.Cli.Tests;

public sealed class ProgressBarTests
{
    [Fact]
    public void Into_a_log_progress_is_a_line_per_tenth_and_never_a_carriage_return()
    {
        var log = new StringWriter();
        var bar = new ProgressBar(log, "baseline", "replicates", ProgressBar.Style.Lines);
        for (int done = 0; done <= 1000; done += 7) bar.Draw(done, 1000);
        bar.Draw(1000, 1000);
        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, 11).Select(t => $"baseline: {t * 10}%"), lines.Select(l => l[..l.IndexOf(" (", StringComparison.Ordinal)]));
        Assert.DoesNotContain('\r', log.ToString());
    }

    [Fact]
    public void On_a_terminal_the_bar_is_redrawn_in_place_and_ends_its_line()
    {
        var terminal = new StringWriter();
        var bar = new ProgressBar(terminal, "baseline", "steps", ProgressBar.Style.Bar);
        bar.Draw(5, 10);
        bar.Draw(10, 10);
        Assert.StartsWith("\rbaseline [", terminal.ToString());
        Assert.EndsWith(Environment.NewLine, terminal.ToString());
        Assert.Contains("100% 10/10 steps", terminal.ToString());
    }
}
