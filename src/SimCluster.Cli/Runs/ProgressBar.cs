using System.Diagnostics;
using SimCluster.Abstractions;

namespace SimCluster.Cli.Runs;

/// <summary>
/// A one-line progress bar with rate and ETA on stderr, redrawn in place. Drawn only on an interactive terminal, so
/// redirected output and logs stay clean.
/// </summary>
public sealed class ProgressBar(TextWriter error, string label, bool enabled) : IProgress<RunProgress>
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _drawn;

    /// <summary>A bar that draws only when stderr is a terminal.</summary>
    public static ProgressBar ForConsole(TextWriter error, string label) =>
        new(error, label, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);

    /// <inheritdoc />
    public void Report(RunProgress value)
    {
        if (!enabled || value.Steps == 0) return;
        double done = (double)value.StepsDone / value.Steps;
        int filled = (int)Math.Round(done * Width);
        double seconds = _clock.Elapsed.TotalSeconds;
        string eta = value.StepsDone > 0 && !value.Finished ? $" ETA {seconds / value.StepsDone * (value.Steps - value.StepsDone):F0} s" : "";
        error.Write($"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {done * 100,3:F0}% {value.StepsDone}/{value.Steps} steps {seconds:F1} s{eta}   ");
        _drawn = true;
        if (value.Finished) Done();
    }

    /// <summary>Ends the line.</summary>
    public void Done()
    {
        if (!_drawn) return;
        error.WriteLine();
        _drawn = false;
    }
}
