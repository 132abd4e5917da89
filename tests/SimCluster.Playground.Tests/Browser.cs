using Microsoft.Playwright;

namespace SimCluster.Playground.Tests;

/// <summary>
/// The system's headless Chromium (Debian package chromium, installed by .ci/run) driven by Playwright for .NET; no
/// browser is downloaded. Background networking is off: this machine's network is closed, and the playground must
/// need nothing beyond its own origin anyway.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>Chromium's path, or null when it is not installed.</summary>
    public static string? Path => new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    /// <summary>Where screenshots go, kept as test artifacts: TestResults/playground at the top of the checkout.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(System.IO.Path.Combine(CheckoutRoot(), "TestResults", "playground")).FullName;

    private static string CheckoutRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SimCluster.sln"))) return dir.FullName;
        return AppContext.BaseDirectory;
    }

    /// <summary>The browser; null when Chromium is missing (tests skip).</summary>
    public IBrowser? Chromium { get; private set; }

    public async Task InitializeAsync()
    {
        if (Path is null) return;
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page at laptop size, failing the test on any console error or request to another origin.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync(Uri origin)
    {
        var context = await Chromium!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            // The page's policy forbids evaluating strings, which Playwright's waits do; what the page loads is still
            // watched below, and the policy itself is checked by the API tests.
            BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add("console: " + m.Text); };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Request += (_, r) =>
        {
            var url = new Uri(r.Url);
            if (url.Scheme is "http" or "https" && url.Authority != origin.Authority) problems.Add("request to another origin: " + r.Url);
        };
        return (page, problems);
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null) await Chromium.DisposeAsync();
        _playwright?.Dispose();
    }
}
