using System.Diagnostics;

namespace SimCluster.Cli.Tests;

/// <summary>Headless Chromium (Debian package `chromium`, installed by .ci/run), driven from the command line.</summary>
internal static class Chromium
{
    public static string? Path => new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    /// <summary>Loads <paramref name="file"/>, lets its scripts run, and returns the DOM and what the browser logged.</summary>
    public static (string Dom, string Log) DumpDom(string file) => Run("--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom", new Uri(file).AbsoluteUri);

    /// <summary>Saves a screenshot of <paramref name="file"/> at laptop width.</summary>
    public static void Screenshot(string file, string png) => Run("--hide-scrollbars", "--window-size=1280,2400", $"--screenshot={png}", new Uri(file).AbsoluteUri);

    private static (string Out, string Err) Run(params string[] args)
    {
        var info = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + Directory.CreateTempSubdirectory("chromium-").FullName }.Concat(args))
            info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 60 s");
        }
        return (stdout.Result, stderr.Result);
    }
}
