using System.Text.Json;
using Microsoft.Playwright;

namespace SimCluster.Playground.Tests;

/// <summary>
/// The playground in a real headless Chromium, as a user drives it. Numbers on the charts are checked against
/// `simcluster run --set` of the same value (an independent path: the stepped grains, written as CSV). Each test
/// saves a screenshot as an artifact (TestResults/playground); the README's come from these.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundPageTests(PlaygroundFixture playground, Browser browser) : IClassFixture<Browser>
{
    private const string Headroom = "world.rl.headroom_eci";
    private const string Doubling = "world.algorithmic_progress.doubling_months"; // in the group open at first
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [SkippableFact]
    public async Task The_scenario_page_loads_with_every_chart_and_nothing_from_another_origin()
    {
        var (page, problems) = await Open("?page=scenario&preset=baseline");
        foreach (string chart in new[] { "capability", "gpqa", "readouts", "ceq", "data", "compute", "energy", "cost" })
            Assert.True(await SeriesCount(page, chart) > 0, $"chart '{chart}' has no series");
        Assert.Equal(4, await page.EvalOnSelectorAllAsync<int>("input[type=range][data-key^='labs.'][data-key$='.budget.initial_usd_per_year']", "els => els.length"));
        Assert.Equal("SimCluster playground", await page.TitleAsync());
        await Shot(page, "scenario");
        await Shot(page, "scenario-full", fullPage: true);
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task Moving_a_slider_redraws_the_charts_with_the_numbers_run_set_gives()
    {
        var (page, problems) = await Open("?page=scenario&preset=baseline");
        // Drag the algorithmic-progress slider's thumb from its place (8 of 3-24 months) to the right with the mouse.
        var slider = page.Locator($"input[type=range][data-key='{Doubling}']");
        await slider.ScrollIntoViewIfNeededAsync();
        var box = (await slider.BoundingBoxAsync())!;
        float y = box.Y + box.Height / 2;
        await page.Mouse.MoveAsync(box.X + box.Width * 0.24f, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.55f, y, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        string value = await page.InputValueAsync($"input[type=number][data-key='{Doubling}']");
        Assert.InRange(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture), 10, 17);
        await WaitForState(page, $"preset=baseline&set={Uri.EscapeDataString($"{Doubling}={value}")}");

        var expected = Trajectories.Column(Path.Combine(CliRun.Run("baseline", $"{Doubling}={value}"), "trajectories.csv"), "capability_eci");
        foreach (var (lab, values) in expected)
            Assert.Equal(values, await LineValues(page, "capability", lab));
        await Shot(page, "scenario-slider");
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task A_shared_link_reproduces_the_state_exactly()
    {
        var (first, _) = await Open("?page=scenario&preset=data-wall");
        await first.FillAsync($"input[type=number][data-key='{Doubling}']", "10");
        await first.PressAsync($"input[type=number][data-key='{Doubling}']", "Enter");
        string state = $"preset=data-wall&set={Uri.EscapeDataString(Doubling + "=10")}";
        await WaitForState(first, state);
        string link = first.Url;
        string lab = (await RunLabs(first))[0];
        var shown = await LineValues(first, "capability", lab);

        var (second, problems) = await Browse(link);
        await WaitForState(second, state);
        Assert.Equal(shown, await LineValues(second, "capability", lab));
        Assert.Equal("10", await second.InputValueAsync($"input[type=number][data-key='{Doubling}']"));
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task The_comparison_shows_the_difference_from_the_reference()
    {
        var (page, problems) = await Open($"?page=compare&preset=baseline&set={Uri.EscapeDataString(Headroom + "=20")}");
        var current = Trajectories.Column(Path.Combine(CliRun.Run("baseline", Headroom + "=20"), "trajectories.csv"), "capability_eci");
        var reference = Trajectories.Column(Path.Combine(CliRun.Run("baseline"), "trajectories.csv"), "capability_eci");
        foreach (string lab in current.Keys)
        {
            var diff = await LineValues(page, "compare-diff", lab);
            var expected = current[lab].Zip(reference[lab], (c, r) => c - r).ToArray();
            Assert.Equal(expected.Length, diff.Length);
            for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], diff[i], 9);
            Assert.True(diff.Max() > 1, $"{lab}: 5 more ECI of RL headroom must show somewhere");
        }
        await Shot(page, "compare");
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task A_bad_upload_shows_its_errors_in_the_page_with_line_and_field()
    {
        var (page, problems) = await Open("?page=scenario&preset=baseline");
        string file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, "name: broken\nend_year: 2030\nsources: []\nclusters: []\nlabs: 3\n");
        await page.SetInputFilesAsync("#upload", file);
        var errors = page.Locator("#errors");
        // The errors cite the file by the name it had on the user's machine.
        await errors.GetByText($"{Path.GetFileName(file)}:5:7").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        Assert.Contains("labs", await errors.InnerTextAsync());
        Assert.Equal("preset=baseline", await page.EvaluateAsync<string>("document.body.dataset.runState"));
        await Shot(page, "bad-upload");
        // The browser itself logs the 400 it was answered; nothing else may go wrong.
        Assert.DoesNotContain(problems, p => !p.Contains("status of 400", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_quick_sweep_reports_progress_and_draws_its_fan_exhaustion_and_tornado()
    {
        var (page, problems) = await Open("?page=uncertainty&preset=baseline-uncertain");
        await page.FillAsync("#sweep-replicates", "40");
        await page.ClickAsync("#sweep-run");
        await page.WaitForFunctionAsync("document.body.dataset.sweep === 'done'", null, new() { Timeout = (float)TimeSpan.FromMinutes(3).TotalMilliseconds });
        Assert.Equal(1.0, await page.EvalOnSelectorAsync<double>("#sweep-progress", "p => p.value / p.max"));
        foreach (string chart in new[] { "fan-k", "exhaustion", "tornado" })
            Assert.True(await SeriesCount(page, chart) > 0, $"chart '{chart}' has no series");
        var sweep = await page.EvaluateAsync<JsonElement>("window.simcluster.sweep");
        Assert.Equal(40, sweep.GetProperty("replicates").GetInt32());
        await Shot(page, "uncertainty");
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task The_why_page_shows_what_held_each_lab_back_and_how_its_capability_splits()
    {
        var (page, problems) = await Open("?page=why&preset=baseline");
        Assert.True(await SeriesCount(page, "binding") > 0);
        Assert.True(await SeriesCount(page, "split") >= 3);
        string text = await page.InnerTextAsync("#page-why");
        Assert.Contains("build rate", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data", text, StringComparison.OrdinalIgnoreCase);
        await Shot(page, "why");
        Assert.Empty(problems);
    }

    private async Task<(IPage Page, List<string> Problems)> Open(string query) => await Browse(new Uri(playground.Url, query).ToString());

    private async Task<(IPage Page, List<string> Problems)> Browse(string url)
    {
        Skip.If(browser.Chromium is null, "chromium is not installed (.ci/run installs it)");
        var (page, problems) = await browser.OpenAsync(playground.Url);
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("document.body.dataset.runState !== undefined && document.body.dataset.busy === '0'");
        return (page, problems);
    }

    private static async Task WaitForState(IPage page, string state)
    {
        try
        {
            await page.WaitForFunctionAsync("s => document.body.dataset.runState === s && document.body.dataset.busy === '0'", state);
        }
        catch (TimeoutException)
        {
            string shown = await page.EvaluateAsync<string>("`${document.body.dataset.runState} (busy ${document.body.dataset.busy}) at ${location.href}`");
            throw new TimeoutException($"the page never showed {state}; it shows {shown}");
        }
    }

    private static Task<int> SeriesCount(IPage page, string chart) => page.EvaluateAsync<int>(
        "c => { const ch = window.simcluster.charts[c]; return ch ? (ch.getOption().series || []).filter(s => (s.data || []).length > 0).length : 0; }", chart);

    private static Task<double[]> LineValues(IPage page, string chart, string name) => page.EvaluateAsync<double[]>(
        "([c, n]) => window.simcluster.charts[c].getOption().series.find(s => s.name === n && s.type === 'line').data.map(d => d[1])", new[] { chart, name });

    private static Task<string[]> RunLabs(IPage page) => page.EvaluateAsync<string[]>("window.simcluster.run.labs.map(l => l.name)");

    private static Task Shot(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, name + ".png"), FullPage = fullPage });
}
