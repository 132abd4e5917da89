namespace SimCluster.Playground.Tests;

[Collection(PlaygroundCollection.Name)]
public sealed class BrowserSmokeTests(PlaygroundFixture playground, Browser browser) : IClassFixture<Browser>
{
    [SkippableFact]
    public async Task Smoke()
    {
        Skip.If(browser.Chromium is null, "chromium is not installed (.ci/run installs it)");
        var (page, problems) = await browser.OpenAsync(playground.Url);
        await page.GotoAsync(playground.Url.ToString());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.Screenshots, "smoke.png") });
        Assert.Equal("SimCluster playground", await page.TitleAsync());
        Assert.Empty(problems);
    }
}
