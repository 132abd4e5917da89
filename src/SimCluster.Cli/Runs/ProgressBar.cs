using System.Diagnostics;
using SimCluster.Abstractions;

namespace SimCluster.Cli.Runs;

/// <summary>
/// A one-line progress bar with rate and ETA on stderr, redrawn in place. Drawn only on an interactive terminal, so
/// redirected output and logs stay clean.
/// </summary>
public sealed class ProgressBar(TextWriter error, string label, string unit, bool enabled) : IProgress<RunProgress>, IProgress<SweepStatus>
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _drawn;

    /// <summary>A bar that draws only when stderr is a terminal.</summary>
    public static ProgressBar ForConsole(TextWriter error, string label, string unit) =>
        new(error, label, unit, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);

    /// <inheritdoc />
    public void Report(RunProgress value) => Draw(value.StepsDone, value.Steps);

    /// <inheritdoc />
    public void Report(SweepStatus value) => Draw(value.RunsDone, value.Runs);

    /// <summary>Draws <paramref name="done"/> of <paramref name="total"/>.</summary>
    public void Draw(long done, long total)
    {
        if (!enabled || total == 0) return;
        double fraction = (double)done / total;
        int filled = (int)Math.Round(fraction * Width);
        double seconds = _clock.Elapsed.TotalSeconds;
        string eta = done > 0 && done < total ? $" ETA {seconds / done * (total - done):F0} s" : "";
        error.Write($"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {fraction * 100,3:F0}% {done}/{total} {unit} {seconds:F1} s{eta}   ");
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
