using System.Diagnostics;
using SimCluster.Abstractions;

namespace SimCluster.Cli.Runs;

/// <summary>
/// Progress on stderr: on an interactive terminal a one-line bar with rate and ETA, redrawn in place; when stderr goes
/// to a file or a log (a container, a CI job), a plain line at every tenth of the way, so a long sweep shows it is
/// alive without filling the log. Results stay on stdout either way.
/// </summary>
public sealed class ProgressBar(TextWriter error, string label, string unit, ProgressBar.Style style) : IProgress<RunProgress>, IProgress<SweepStatus>
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _drawn;
    private int _tenths = -1;
    private int _longest;

    /// <summary>How progress is shown.</summary>
    public enum Style
    {
        /// <summary>Not at all (stderr is a test's writer).</summary>
        None,

        /// <summary>A bar redrawn in place (a terminal).</summary>
        Bar,

        /// <summary>A line per tenth (a file or log).</summary>
        Lines,
    }

    /// <summary>A bar on a terminal, lines when stderr is redirected, nothing for any other writer.</summary>
    public static ProgressBar ForConsole(TextWriter error, string label, string unit) =>
        new(error, label, unit, !ReferenceEquals(error, Console.Error) ? Style.None : Console.IsErrorRedirected ? Style.Lines : Style.Bar);

    /// <inheritdoc />
    public void Report(RunProgress value) => Draw(value.StepsDone, value.Steps);

    /// <inheritdoc />
    public void Report(SweepStatus value) => Draw(value.RunsDone, value.Runs);

    /// <summary>Draws <paramref name="done"/> of <paramref name="total"/>.</summary>
    public void Draw(long done, long total)
    {
        if (style == Style.None || total == 0) return;
        double fraction = (double)done / total;
        double seconds = _clock.Elapsed.TotalSeconds;
        string eta = done > 0 && done < total ? $" ETA {seconds / done * (total - done):F0} s" : "";
        if (style == Style.Lines)
        {
            int tenths = (int)Math.Floor(fraction * 10);
            if (tenths <= _tenths) return;
            _tenths = tenths;
            error.WriteLine($"{label}: {tenths * 10}% ({done}/{total} {unit}, {seconds:F1} s{eta})");
            return;
        }
        int filled = (int)Math.Round(fraction * Width);
        string line = $"{label} [{new string('#', filled)}{new string('.', Width - filled)}] {fraction * 100,3:F0}% {done}/{total} {unit} {seconds:F1} s{eta}";
        // Padded to the longest line drawn so far: a shorter line (the ETA gone at the end) must cover all of the last.
        _longest = Math.Max(_longest, line.Length);
        error.Write("\r" + line.PadRight(_longest));
        _drawn = true;
        if (done >= total) Done();
    }

    /// <summary>Ends the line.</summary>
    public void Done()
    {
        if (!_drawn) return;
        error.WriteLine();
        _drawn = false;
    }
}
