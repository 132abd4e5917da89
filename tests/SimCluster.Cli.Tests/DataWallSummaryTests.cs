using System.Text.Json;
using SimCluster.Cli.Outputs;

namespace SimCluster.Cli.Tests;

/// <summary>
/// `run` and `compare` measure each lab against a twin of the run with unlimited human data: summary.json carries the
/// years of progress the data wall cost and the K the lab would have ended at without it, the run prints them under
/// its summary, and compare puts them beside the month the data ran out.
/// </summary>
public sealed class DataWallSummaryTests
{
    private static readonly Lazy<(int Code, string Out, string Err, JsonElement Summary)> DataWall = new(() => Run("data-wall"));
    private static readonly Lazy<(int Code, string Out, string Err, JsonElement Summary)> Baseline = new(() => Run("baseline"));

    private static (int, string, string, JsonElement) Run(string scenario)
    {
        using var tmp = new TempDir();
        var (code, stdout, stderr) = CliRunner.Run("run", Scenarios.Shipped(scenario), "--out", tmp.Path);
        var summary = code == 0 ? JsonDocument.Parse(File.ReadAllText(Path.Combine(tmp.Path, "summary.json"))).RootElement.Clone() : default;
        return (code, stdout, stderr, summary);
    }

    private static JsonElement Lab(JsonElement summary, string name) =>
        summary.GetProperty("labs").EnumerateArray().Single(l => l.GetProperty("lab").GetString() == name);

    [Fact]
    public void Summary_json_carries_years_lost_and_capability_without_the_wall_for_every_lab()
    {
        Assert.True(DataWall.Value.Code == 0, DataWall.Value.Err);
        var labs = DataWall.Value.Summary.GetProperty("labs").EnumerateArray().ToArray();
        Assert.Equal(4, labs.Length);
        foreach (var lab in labs)
        {
            double lost = lab.GetProperty("data_wall_years_lost").GetDouble(), without = lab.GetProperty("capability_eci_without_data_wall").GetDouble();
            Assert.InRange(lost, 0, 2064 - 2024);
            Assert.True(without >= lab.GetProperty("final_capability_eci").GetDouble(), $"{lab.GetProperty("lab")}: twin K {without}");
        }
    }

    [Fact]
    public void The_data_wall_costs_the_real_data_heavy_lab_years()
    {
        Assert.True(DataWall.Value.Code == 0, DataWall.Value.Err);
        var lab = Lab(DataWall.Value.Summary, "real-data-heavy");
        Assert.True(lab.GetProperty("data_wall_years_lost").GetDouble() > 0, lab.ToString());
        Assert.True(lab.GetProperty("capability_eci_without_data_wall").GetDouble() > lab.GetProperty("final_capability_eci").GetDouble(), lab.ToString());
    }

    [Fact]
    public void A_smaller_stock_costs_more_years_against_the_same_twin()
    {
        Assert.True(DataWall.Value.Code == 0, DataWall.Value.Err);
        Assert.True(Baseline.Value.Code == 0, Baseline.Value.Err);
        foreach (string name in new[] { "real-data-heavy", "balanced", "simulation-heavy", "adaptive" })
        {
            JsonElement wall = Lab(DataWall.Value.Summary, name), baseline = Lab(Baseline.Value.Summary, name);
            // The two scenarios differ only in the web stock, which the twin makes unlimited: one twin for both.
            Assert.Equal(baseline.GetProperty("capability_eci_without_data_wall").GetDouble(), wall.GetProperty("capability_eci_without_data_wall").GetDouble());
            Assert.True(wall.GetProperty("data_wall_years_lost").GetDouble() > baseline.GetProperty("data_wall_years_lost").GetDouble(), name);
        }
    }

    [Fact]
    public void The_run_prints_each_labs_years_lost_from_summary_json()
    {
        Assert.True(DataWall.Value.Code == 0, DataWall.Value.Err);
        var lines = DataWall.Value.Out.Split('\n');
        int title = Array.IndexOf(lines, DataWallTable.Title);
        Assert.True(title > 0, DataWall.Value.Out);
        Assert.Contains("years lost to wall", lines[title + 1]);
        foreach (var lab in DataWall.Value.Summary.GetProperty("labs").EnumerateArray())
        {
            string name = lab.GetProperty("lab").GetString()!;
            var cells = lines.Skip(title + 3).First(l => l.StartsWith(name + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal([Format.Eci(lab.GetProperty("final_capability_eci").GetDouble()), Format.Eci(lab.GetProperty("capability_eci_without_data_wall").GetDouble()),
                Format.Years(lab.GetProperty("data_wall_years_lost").GetDouble())], cells[^3..]);
        }
    }

    [Fact]
    public void Compare_puts_years_lost_beside_the_data_wall_and_in_compare_json()
    {
        using var tmp = new TempDir();
        var (code, stdout, stderr) = CliRunner.Run("compare", tmp.File("a.yaml", Scenarios.Small), "--out", tmp.Sub("c"));
        Assert.True(code == 0, stderr);
        string header = stdout.Split('\n')[0];
        Assert.True(header.IndexOf("yrs lost", StringComparison.Ordinal) > header.IndexOf("data exhausted", StringComparison.Ordinal), header);
        var rows = JsonDocument.Parse(File.ReadAllText(tmp.Sub("c", "compare.json"))).RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r =>
        {
            Assert.Equal(JsonValueKind.Number, r.GetProperty("data_wall_years_lost").ValueKind);
            Assert.Equal(JsonValueKind.Number, r.GetProperty("capability_eci_without_data_wall").ValueKind);
        });
        Assert.Contains("data_wall_years_lost", File.ReadLines(tmp.Sub("c", "compare.csv")).First());
    }
}
