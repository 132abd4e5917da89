using System.Text.Json;

namespace SimCluster.Cli.Tests;

/// <summary>
/// `calibrate --post-training` (docs/model.md §18.1), run in-process on frontier-calibration.csv found as for
/// --capability (shared/data above the test binaries, or SIMCLUSTER_FRONTIER_CSV).
/// </summary>
public sealed class PostTrainingCalibrateCommandTests
{
    [Fact]
    public void Json_has_each_constant_beside_its_default_with_residuals_per_model()
    {
        Assert.True(FrontierTableInput.Locate() is not null,
            "frontier-calibration.csv not found: set SIMCLUSTER_FRONTIER_CSV or provide shared/data/frontier-calibration.csv");
        var (code, output, error) = CliRunner.Run("calibrate", "--post-training", "--json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;

        var rl = root.GetProperty("rl");
        Assert.Equal("DeepSeek-R1", rl.GetProperty("reasoner_model").GetString());
        Assert.InRange(rl.GetProperty("midpoint_ratio").GetProperty("fitted").GetDouble(), 0.46 * 0.95, 0.46 * 1.05);
        Assert.Equal(0.46, rl.GetProperty("midpoint_ratio").GetProperty("default").GetDouble());
        Assert.Equal(0, rl.GetProperty("residual").GetDouble(), 9);

        var checks = root.GetProperty("rl_checks").EnumerateArray().ToArray();
        Assert.Equal(3, checks.Length);
        Assert.All(checks, c => Assert.True(c.GetProperty("below_headroom").GetBoolean()));

        var tt = root.GetProperty("test_time");
        Assert.InRange(tt.GetProperty("eci_per_decade").GetProperty("fitted").GetDouble(), 1.64, 1.74);
        Assert.Equal(2, tt.GetProperty("points").GetArrayLength());
        Assert.True(tt.GetProperty("rmse").GetDouble() < 0.1);

        var d = root.GetProperty("distillation");
        Assert.InRange(d.GetProperty("fraction").GetProperty("fitted").GetDouble(), 0.9, 1.0);
        var students = d.GetProperty("pairs").EnumerateArray().Select(p => p.GetProperty("student").GetString()!).ToArray();
        Assert.Equal(["DeepSeek-V3-0324", "phi-4"], students);
        Assert.InRange(d.GetProperty("rmse").GetDouble(), 1.0, 2.0);
    }

    [Fact]
    public void Text_prints_a_table_per_fit_with_defaults_and_rmse()
    {
        var (code, output, error) = CliRunner.Run("calibrate", "--post-training");
        Assert.True(code == 0, error);
        foreach (string part in new[] { "RL midpoint", "RL checks", "Test time", "Distillation", "rho", "gamma_K", "f_d", "default", "RMSE", "phi-4", "o1-preview-2024-09-12" })
            Assert.Contains(part, output);
    }

    [Fact]
    public void Post_training_with_a_missing_file_a_row_missing_or_other_fit_options_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("calibrate", "--post-training", "--data", "/nonexistent/frontier.csv");
        Assert.Equal(2, code);
        Assert.Contains("file not found", error);
        (code, _, error) = CliRunner.Run("calibrate", "--post-training", "--capability");
        Assert.Equal(2, code);
        Assert.Contains("separate fits", error);
        (code, _, error) = CliRunner.Run("calibrate", "--post-training", "--no-slope-prior");
        Assert.Equal(2, code);
        Assert.Contains("--post-training does not take", error);

        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "model,developer,release_year,eci,train_flop,flop_confidence,reasoning,gpqa_diamond,source\n" +
                                    "DeepSeek-V3,DeepSeek,2024.985,132.39,3.4078e+24,Confident,false,56.5,s\n");
            (code, _, error) = CliRunner.Run("calibrate", "--post-training", "--data", path);
            Assert.Equal(2, code);
            Assert.Contains("'DeepSeek-R1'", error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
