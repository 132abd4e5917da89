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

    [Fact]
    public void A_shorter_line_leaves_nothing_of_a_longer_one_on_the_terminal()
    {
        var terminal = new StringWriter();
        var bar = new ProgressBar(terminal, "baseline", "steps", ProgressBar.Style.Bar);
        bar.Draw(1, 1000); // with an ETA, and a long one: the first steps are slow to time
        bar.Draw(1000, 1000); // no ETA: shorter
        string shown = Screen(terminal.ToString()).TrimEnd();
        Assert.Matches(@"^baseline \[#+\] 100% 1000/1000 steps \d+\.\d s$", shown);
    }

    // What a terminal shows of the last line: each carriage return moves back to the start and overwrites from there.
    private static string Screen(string written)
    {
        string lastLine = written.TrimEnd('\r', '\n').Split('\n')[^1];
        var cells = new List<char>();
        int column = 0;
        foreach (char c in lastLine)
        {
            if (c == '\r') { column = 0; continue; }
            if (column < cells.Count) cells[column] = c; else cells.Add(c);
            column++;
        }
        return new string(cells.ToArray());
    }
}
