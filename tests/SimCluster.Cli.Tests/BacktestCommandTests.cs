using System.Text.Json;

namespace SimCluster.Cli.Tests;

/// <summary>
/// `backtest` run in-process: against frontier-calibration.csv found as `calibrate --capability` finds it (shared/data
/// above the test binaries, or SIMCLUSTER_FRONTIER_CSV), against a table of other models written here, and against
/// broken tables. It checks the command's shape, not how close the run is to history.
/// </summary>
public sealed class BacktestCommandTests
{
    private const string Header = "model,developer,release_year,eci,train_flop,flop_confidence,reasoning,gpqa_diamond,source";

    private static string SharedTable()
    {
        string? path = FrontierTableInput.Locate();
        Assert.True(path is not null, "frontier-calibration.csv not found: set SIMCLUSTER_FRONTIER_CSV or provide shared/data/frontier-calibration.csv");
        return path!;
    }

    [Fact]
    public void Baseline_against_the_shared_table_prints_every_table_and_the_summary()
    {
        var (code, output, error) = CliRunner.Run("backtest", Scenarios.Shipped("baseline"), "--data", SharedTable());

        Assert.True(code == 0, error);
        Assert.StartsWith("baseline: 4 labs, 480 steps", output);
        Assert.Contains("ECI record setters against the simulated frontier K", output);
        Assert.Contains("GPQA Diamond record setters against the simulated frontier GPQA", output);
        Assert.Contains("First date at each GPQA Diamond level", output);
        Assert.Contains("Largest training run per calendar year", output);
        Assert.Contains("sim training MW", output);
        Assert.Contains("claude-3-opus-20240229", output); // a 2024 record setter, inside the run
        Assert.DoesNotContain("LLaMA-65B", output); // a 2023 record setter, before the run
        Assert.Matches(@"summary: ECI \d+ frontier models, RMSE [\d.]+, bias [+-]?[\d.]+, max \|residual\| [\d.]+; GPQA \d+ frontier models", output);
        Assert.DoesNotContain("wrote", output);
    }

    [Fact]
    public void Json_is_the_only_output_and_has_every_field()
    {
        var (code, output, error) = CliRunner.Run("backtest", Scenarios.Shipped("baseline"), "--data", SharedTable(), "--json");

        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("baseline", root.GetProperty("scenario").GetString());
        Assert.Equal(42UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal("frontier-calibration.csv", root.GetProperty("data").GetString());
        Assert.True(root.GetProperty("first_year").GetDouble() < root.GetProperty("last_year").GetDouble());
        foreach (string metric in new[] { "eci", "gpqa" })
        {
            var m = root.GetProperty(metric);
            Assert.Equal(metric, m.GetProperty("metric").GetString());
            var residuals = m.GetProperty("residuals").EnumerateArray().ToArray();
            Assert.NotEmpty(residuals);
            foreach (var r in residuals)
                Assert.Equal(r.GetProperty("simulated").GetDouble() - r.GetProperty("real").GetDouble(), r.GetProperty("residual").GetDouble(), 9);
            var summary = m.GetProperty("summary");
            Assert.Equal(residuals.Length, summary.GetProperty("count").GetInt32());
            foreach (string field in new[] { "rmse", "bias", "max_abs_residual" })
                Assert.Equal(JsonValueKind.Number, summary.GetProperty(field).ValueKind);
            Assert.True(m.GetProperty("out_of_range").GetInt32() > 0); // the table starts in 2023, the run in 2024
        }
        var thresholds = root.GetProperty("gpqa_thresholds").EnumerateArray().ToArray();
        Assert.Equal([70.0, 80.0], thresholds.Select(t => t.GetProperty("threshold").GetDouble()));
        foreach (string field in new[] { "real_year", "real_model", "simulated_year", "difference_months" })
            Assert.True(thresholds[0].TryGetProperty(field, out _), field);
        var runs = root.GetProperty("largest_runs").EnumerateArray().ToArray();
        Assert.NotEmpty(runs);
        foreach (string field in new[] { "year", "real_model", "real_flop", "simulated_flop", "simulated_lab", "simulated_train_power_mw", "ratio" })
            Assert.True(runs[0].TryGetProperty(field, out _), field);
    }

    [Fact]
    public void A_small_table_of_other_models_with_gaps_is_accepted()
    {
        using var tmp = new TempDir();
        string scenario = tmp.File("small.yaml", Scenarios.Small);
        string table = tmp.File("mine.csv", $"""
            {Header}
            Alpha,Lab One,2024.5,120,1e25,Likely,false,,"my notes, with a comma"
            Beta,Lab Two,2025.25,128,,,true,71.5,mine
            Gamma,Lab One,2031.5,150,,,true,,beyond the run
            """);

        var (code, output, error) = CliRunner.Run("backtest", scenario, "--data", table);
        Assert.True(code == 0, error);
        Assert.Contains("against mine.csv: 3 models", output);
        Assert.Contains("Alpha", output);
        Assert.Contains("Beta", output);
        Assert.Contains("1 record setter(s) released outside the run not compared", output);

        (code, output, error) = CliRunner.Run("backtest", scenario, "--data", table, "--json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        // Alpha opens the table: with nothing before it, it sets no record (RecordSetters), only the bar Beta clears.
        Assert.Equal(["Beta"], root.GetProperty("eci").GetProperty("residuals").EnumerateArray().Select(r => r.GetProperty("model").GetString()));
        Assert.Equal(["Beta"], root.GetProperty("gpqa").GetProperty("residuals").EnumerateArray().Select(r => r.GetProperty("model").GetString()));
        Assert.Equal([2024], root.GetProperty("largest_runs").EnumerateArray().Select(r => r.GetProperty("year").GetInt32()));
        var at80 = root.GetProperty("gpqa_thresholds")[1];
        Assert.Equal(JsonValueKind.Null, at80.GetProperty("real_year").ValueKind); // no model in the table reaches 80
        Assert.Equal(JsonValueKind.Null, at80.GetProperty("difference_months").ValueKind);
    }

    [Fact]
    public void Out_writes_the_json_the_residuals_and_both_charts()
    {
        using var tmp = new TempDir();
        string dir = tmp.Sub("bt");
        var (code, output, error) = CliRunner.Run("backtest", Scenarios.Shipped("baseline"), "--data", SharedTable(), "--out", dir);

        Assert.True(code == 0, error);
        Assert.Contains("wrote backtest.json, backtest.csv, backtest.png, backtest-gpqa.png", output);
        Assert.Equal("baseline", JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "backtest.json"))).RootElement.GetProperty("scenario").GetString());
        var csv = File.ReadAllLines(Path.Combine(dir, "backtest.csv"));
        Assert.Equal("metric,model,developer,release_year,real,simulated,residual", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("eci,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("gpqa,", StringComparison.Ordinal));
        foreach (string png in new[] { "backtest.png", "backtest-gpqa.png" })
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(dir, png)).Take(4));
    }

    [Fact]
    public void A_bad_number_names_file_line_and_field_exits_2_and_writes_nothing()
    {
        using var tmp = new TempDir();
        string table = tmp.File("bad.csv", $"""
            {Header}
            Alpha,Lab One,2024.5,120,1e25,Likely,false,,mine
            Beta,Lab Two,2025.25,12O,,,true,71.5,mine
            """);
        string dir = tmp.Sub("out");

        var (code, output, error) = CliRunner.Run("backtest", Scenarios.Shipped("baseline"), "--data", table, "--out", dir);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(table, error);
        Assert.Contains("line 3", error);
        Assert.Contains("'eci'", error);
        Assert.DoesNotContain("   at ", error); // no stack trace
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void A_missing_column_a_missing_table_or_a_missing_scenario_exits_2()
    {
        using var tmp = new TempDir();
        string noEci = tmp.File("no-eci.csv", Header.Replace("eci,", "") + "\nAlpha,Lab One,2024.5,1e25,Likely,false,,mine\n");

        var (code, _, error) = CliRunner.Run("backtest", Scenarios.Shipped("baseline"), "--data", noEci);
        Assert.Equal(2, code);
        Assert.Contains("no-eci.csv", error);
        Assert.Contains("missing column(s) eci", error);

        string missing = tmp.Sub("nowhere.csv");
        (code, _, error) = CliRunner.Run("backtest", Scenarios.Shipped("baseline"), "--data", missing);
        Assert.Equal(2, code);
        Assert.Contains($"file not found: {missing}", error);

        (code, _, error) = CliRunner.Run("backtest", tmp.Sub("nowhere.yaml"), "--data", SharedTable());
        Assert.Equal(2, code);
        Assert.Contains("nowhere.yaml", error);
    }

    [Fact]
    public void Set_changes_the_run_like_run_does()
    {
        string table = SharedTable();
        var (_, plain, _) = CliRunner.Run("backtest", Scenarios.Shipped("baseline"), "--data", table, "--json");
        var (code, changed, error) = CliRunner.Run("backtest", Scenarios.Shipped("baseline"), "--data", table, "--json",
            "--set", "labs.adaptive.budget.initial_usd_per_year=1e9", "--set", "labs.balanced.budget.initial_usd_per_year=1e9",
            "--set", "labs.real-data-heavy.budget.initial_usd_per_year=1e9", "--set", "labs.simulation-heavy.budget.initial_usd_per_year=1e9");
        Assert.True(code == 0, error);
        double Rmse(string json) => JsonDocument.Parse(json).RootElement.GetProperty("eci").GetProperty("summary").GetProperty("rmse").GetDouble();
        Assert.NotEqual(Rmse(plain), Rmse(changed));

        (code, _, error) = CliRunner.Run("backtest", Scenarios.Shipped("baseline"), "--data", table, "--set", "labs.nobody.budget.initial_usd_per_year=1e9");
        Assert.Equal(2, code);
    }
}
