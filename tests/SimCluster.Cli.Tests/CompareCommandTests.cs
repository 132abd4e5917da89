using System.Text.Json;

namespace SimCluster.Cli.Tests;

/// <summary>
/// `compare` on the shipped real-data-heavy and simulation-heavy scenarios (same world, cluster and budget): the
/// trade-off the model implies. Pretraining-heavy labs hit the data wall first; RL-heavy ones reach GPQA milestones
/// sooner and on less energy, because RL gains are large while the base model is far from the ceiling.
/// </summary>
public sealed class CompareCommandTests
{
    private static readonly Lazy<(int Code, string Out, string Err, JsonElement[] Rows)> Result = new(Run);

    private static (int, string, string, JsonElement[]) Run()
    {
        using var tmp = new TempDir();
        var (code, stdout, stderr) = CliRunner.Run("compare", Scenarios.Shipped("real-data-heavy"), Scenarios.Shipped("simulation-heavy"), "--out", tmp.Path);
        var rows = code == 0
            ? JsonDocument.Parse(File.ReadAllText(Path.Combine(tmp.Path, "compare.json"))).RootElement.GetProperty("rows").EnumerateArray().Select(r => r.Clone()).ToArray()
            : [];
        return (code, stdout, stderr, rows);
    }

    private static JsonElement Row(string scenario) => Result.Value.Rows.Single(r => r.GetProperty("scenario").GetString() == scenario);

    private static double Number(JsonElement row, string name) => row.GetProperty(name).GetDouble();

    [Fact]
    public void Compare_prints_both_strategies_and_writes_csv_and_json()
    {
        Assert.True(Result.Value.Code == 0, Result.Value.Err);
        Assert.Equal(2, Result.Value.Rows.Length);
        Assert.Contains("real-data-heavy / real-data-heavy", Result.Value.Out);
        Assert.Contains("simulation-heavy / simulation-heavy", Result.Value.Out);
        Assert.Contains("TWh to 90", Result.Value.Out);
    }

    [Fact]
    public void The_real_data_heavy_lab_hits_the_data_wall_first()
    {
        Assert.True(Number(Row("real-data-heavy"), "exhaustion_year") < Number(Row("simulation-heavy"), "exhaustion_year"));
    }

    [Fact]
    public void The_simulation_heavy_lab_leads_in_2040_and_loses_fewer_years_to_the_wall()
    {
        // GPQA 90 comes in 2025 for both (a readout near its ceiling); capability K is where the strategies part.
        Assert.True(Number(Row("simulation-heavy"), "capability_eci2040") > Number(Row("real-data-heavy"), "capability_eci2040") + 1);
        Assert.True(Number(Row("simulation-heavy"), "data_wall_years_lost") < Number(Row("real-data-heavy"), "data_wall_years_lost"));
    }

    [Fact]
    public void Same_world_and_budget_means_the_same_energy_and_cost()
    {
        // Equal to round-off: the two runs sum the same spend in a different order of banked and spent dollars.
        double energy = Number(Row("real-data-heavy"), "final_energy_kwh"), cost = Number(Row("real-data-heavy"), "final_cost_usd");
        Assert.Equal(energy, Number(Row("simulation-heavy"), "final_energy_kwh"), energy * 1e-12);
        Assert.Equal(cost, Number(Row("simulation-heavy"), "final_cost_usd"), cost * 1e-12);
    }
}
