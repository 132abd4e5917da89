using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SimCluster.Playground.Tests;

/// <summary>
/// The API the pages call, against `simcluster run` as the reference: `run` steps the scenario on the grains month
/// by month, the playground runs it whole in one grain call, so agreement checks both.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundApiTests(PlaygroundFixture playground)
{
    private const string Headroom20 = "world.rl.headroom_eci=20";

    [Fact]
    public async Task A_run_with_an_override_serves_the_numbers_run_with_the_same_set_writes()
    {
        string dir = CliRun.Run("baseline", Headroom20);
        var expected = Trajectories.Column(Path.Combine(dir, "trajectories.csv"), "capability_eci");

        using var json = await Get("api/run?preset=baseline&set=" + Uri.EscapeDataString(Headroom20));
        var labs = json.RootElement.GetProperty("labs").EnumerateArray().ToArray();
        Assert.Equal(expected.Keys.Order(), labs.Select(l => l.GetProperty("name").GetString()!).Order());
        foreach (var lab in labs)
        {
            var served = lab.GetProperty("series").GetProperty("capability_eci").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.Equal(expected[lab.GetProperty("name").GetString()!], served);
        }
        Assert.Equal("preset=baseline&set=world.rl.headroom_eci%3D20", json.RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_override_changes_what_is_served()
    {
        using var baseline = await Get("api/run?preset=baseline");
        using var more = await Get("api/run?preset=baseline&set=" + Uri.EscapeDataString(Headroom20));
        double K(JsonDocument d) => d.RootElement.GetProperty("labs")[0].GetProperty("k2040").GetDouble();
        // RL headroom 15 -> 20 ECI: every lab that has done RL by 2040 gains up to 5 points.
        Assert.InRange(K(more) - K(baseline), 1, 5.000001);
    }

    [Theory]
    [InlineData("trajectories.csv")]
    [InlineData("sources.csv")]
    [InlineData("scenario.resolved.yaml")]
    public async Task Downloads_are_the_files_run_writes(string file)
    {
        string dir = CliRun.Run("data-wall", "labs.real-data-heavy.budget.initial_usd_per_year=7e9");
        byte[] served = await playground.Http.GetByteArrayAsync($"api/download/{file}?preset=data-wall&set=" +
            Uri.EscapeDataString("labs.real-data-heavy.budget.initial_usd_per_year=7e9"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, file)), served);
    }

    [Fact]
    public async Task A_value_out_of_range_is_refused_naming_the_key_and_range_and_the_server_carries_on()
    {
        var response = await playground.Http.GetAsync("api/run?preset=baseline&set=" + Uri.EscapeDataString("world.rl.headroom_eci=-5"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal("--set world.rl.headroom_eci", error.GetProperty("file").GetString());
        Assert.Contains("[0, 200]", error.GetProperty("text").GetString());

        using var ok = await Get("api/run?preset=baseline");
        Assert.Equal(4, ok.RootElement.GetProperty("labs").GetArrayLength());
    }

    [Theory]
    [InlineData("api/run", HttpStatusCode.BadRequest)]
    [InlineData("api/run?preset=baseline&upload=abc", HttpStatusCode.BadRequest)]
    [InlineData("api/run?preset=nothing-shipped", HttpStatusCode.NotFound)]
    [InlineData("api/run?upload=0000000000000000", HttpStatusCode.NotFound)]
    [InlineData("api/run?preset=baseline&set=no-equals-sign", HttpStatusCode.BadRequest)]
    [InlineData("api/run?preset=baseline&set=world.no_such_key%3D1", HttpStatusCode.BadRequest)]
    [InlineData("api/run?preset=baseline&set=world.rl.headroom_eci%3Dnan", HttpStatusCode.BadRequest)]
    [InlineData("api/controls?preset=..%2F..%2Fetc%2Fpasswd", HttpStatusCode.NotFound)]
    [InlineData("api/download/..%2Fsecrets.txt?preset=baseline", HttpStatusCode.NotFound)]
    [InlineData("api/sweep/not-a-sweep", HttpStatusCode.NotFound)]
    [InlineData("api/no-such-endpoint", HttpStatusCode.NotFound)]
    public async Task Bad_requests_get_their_errors_and_never_a_server_error(string path, HttpStatusCode status)
    {
        var response = await playground.Http.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.False(string.IsNullOrWhiteSpace(errors[0].GetProperty("text").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await playground.Http.GetAsync("api/presets")).StatusCode);
    }

    [Fact]
    public async Task An_upload_is_checked_before_anything_runs_and_its_errors_name_line_and_field()
    {
        var response = await Upload("name: broken\nend_year: 2030\nsources: []\nclusters: []\nlabs: 3\n");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToArray();
        var labs = Assert.Single(errors, e => e.GetProperty("field").GetString() == "labs");
        Assert.Equal(5, labs.GetProperty("line").GetInt32());
        Assert.StartsWith("upload.yaml:5:", labs.GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_upload_larger_than_the_limit_is_refused_unread()
    {
        var response = await Upload("name: x\n" + new string('#', 300 * 1024));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("256 KiB", (await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_uploaded_run_that_overflows_is_answered_with_the_field_and_year_and_the_silo_carries_on()
    {
        var upload = await Upload(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "data", "overflowing.yaml")));
        upload.EnsureSuccessStatusCode();
        string id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("upload").GetString()!;
        var response = await playground.Http.GetAsync($"api/run?upload={id}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal("labs.a.budget.growth_factor_per_year", error.GetProperty("field").GetString());
        Assert.Matches(@"\(in 2\d{3}-\d{2}\)$", error.GetProperty("text").GetString());

        using var ok = await Get("api/run?preset=data-wall");
        Assert.NotEqual(0, ok.RootElement.GetProperty("labs").GetArrayLength());
    }

    [Fact]
    public async Task A_valid_upload_runs_by_its_id_like_the_file_it_was()
    {
        var response = await Upload(await File.ReadAllTextAsync(Scenarios.Path("data-wall")));
        response.EnsureSuccessStatusCode();
        string id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("upload").GetString()!;
        byte[] uploaded = await playground.Http.GetByteArrayAsync($"api/download/trajectories.csv?upload={id}");
        byte[] preset = await playground.Http.GetByteArrayAsync("api/download/trajectories.csv?preset=data-wall");
        Assert.Equal(preset, uploaded);
    }

    [Fact]
    public async Task A_run_of_a_scenario_with_distributions_says_it_used_their_medians()
    {
        using var uncertain = await Get("api/run?preset=baseline-uncertain");
        Assert.Contains("median", Assert.Single(uncertain.RootElement.GetProperty("notes").EnumerateArray()).GetString());
        using var certain = await Get("api/run?preset=baseline");
        Assert.Equal(0, certain.RootElement.GetProperty("notes").GetArrayLength());
    }

    [Fact]
    public async Task Controls_come_from_the_registry_with_the_states_values()
    {
        using var json = await Get("api/controls?preset=baseline&set=" + Uri.EscapeDataString(Headroom20));
        var control = json.RootElement.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("controls").EnumerateArray())
            .Single(c => c.GetProperty("key").GetString() == "world.rl.headroom_eci");
        Assert.Equal(20, control.GetProperty("value").GetDouble());
        Assert.Equal(15, control.GetProperty("reference").GetDouble());
        Assert.Equal("ECI", control.GetProperty("unit").GetString());
        Assert.Equal("[0, 200]", control.GetProperty("allowed").GetString());
        Assert.False(string.IsNullOrWhiteSpace(control.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task A_quick_sweep_reports_progress_then_fans_exhaustion_and_a_tornado()
    {
        var start = await playground.Http.PostAsync("api/sweep?preset=baseline-uncertain&replicates=20", null);
        start.EnsureSuccessStatusCode();
        string id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        JsonElement status;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        do
        {
            await Task.Delay(100);
            status = await playground.Http.GetFromJsonAsync<JsonElement>($"api/sweep/{id}");
            Assert.True(DateTime.UtcNow < deadline, "the sweep did not finish in 3 minutes");
        }
        while (status.GetProperty("phase").GetString() == "running");
        Assert.Equal("done", status.GetProperty("phase").GetString());
        var result = status.GetProperty("result");
        Assert.Equal(20, result.GetProperty("replicates").GetInt64());
        var fan = result.GetProperty("bands").EnumerateArray().First(b => b.GetProperty("metric").GetString() == "capability_eci");
        var p5 = fan.GetProperty("p5").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var p95 = fan.GetProperty("p95").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.True(p95[^1] > p5[^1], "a sweep of uncertain constants has a band of some width");
        Assert.Equal(4, result.GetProperty("exhaustion").GetArrayLength());
        Assert.Equal("capability_eci@2040", result.GetProperty("tornado").GetProperty("outcome").GetString());
        Assert.NotEmpty(result.GetProperty("tornado").GetProperty("rows").EnumerateArray());
    }

    [Theory]
    [InlineData("api/sweep?preset=baseline", "no parameter has a distribution")]
    [InlineData("api/sweep?preset=baseline-uncertain&replicates=5", "[20, 2000]")]
    [InlineData("api/sweep?preset=baseline-uncertain&replicates=lots", "[20, 2000]")]
    public async Task A_sweep_that_cannot_run_is_refused_before_it_starts(string path, string message)
    {
        var response = await playground.Http.PostAsync(path, null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_real_models_overlay_holds_only_models_released_before_2025_25_each_with_its_source()
    {
        var models = await playground.Http.GetFromJsonAsync<JsonElement>("api/frontier");
        var all = models.EnumerateArray().ToArray();
        Assert.True(all.Length >= 100);
        Assert.All(all, m => Assert.True(m.GetProperty("year").GetDouble() < 2025.25));
        Assert.All(all, m => Assert.Contains("Epoch AI", m.GetProperty("source").GetString()));
        // GPT-4: ECI 125.7 at 2023.2 in Epoch AI's Capabilities Index (DESIGN's history targets).
        Assert.Contains(all, m => m.GetProperty("model").GetString() == "gpt-4-0314" && Math.Abs(m.GetProperty("eci").GetDouble() - 125.7) < 0.5);
    }

    [Fact]
    public async Task Every_response_forbids_loading_anything_from_another_origin()
    {
        var response = await playground.Http.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        var library = await playground.Http.GetAsync("lib/echarts.min.js");
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
    }

    private async Task<JsonDocument> Get(string path)
    {
        var response = await playground.Http.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }

    private Task<HttpResponseMessage> Upload(string text) =>
        playground.Http.PostAsync("api/upload", new StringContent(text, Encoding.UTF8, "application/yaml"));
}
