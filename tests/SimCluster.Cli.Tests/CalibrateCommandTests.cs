using System.Text.Json;

namespace SimCluster.Cli.Tests;

public sealed class CalibrateCommandTests
{
    [Fact]
    public void Json_has_parameters_r2_and_residuals_per_model()
    {
        var (code, output, _) = CliRunner.Run("calibrate", "--json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, root.GetProperty("parameters").GetArrayLength());
        foreach (var p in root.GetProperty("parameters").EnumerateArray())
            Assert.True(p.GetProperty("standard_error").GetDouble() > 0);
        Assert.InRange(root.GetProperty("r2").GetDouble(), 0.3, 1);
        var models = root.GetProperty("residuals").EnumerateArray().Select(r => r.GetProperty("model").GetString()).ToArray();
        Assert.Contains("Llama 3.1 405B", models);
        Assert.DoesNotContain("DeepSeek-R1", models); // RL-heavy rows are not base models
        Assert.Equal("plain-loss", root.GetProperty("alternatives")[0].GetProperty("mapping").GetString());
    }

    [Fact]
    public void Text_prints_each_parameter_with_its_standard_error()
    {
        var (code, output, _) = CliRunner.Run("calibrate");
        Assert.Equal(0, code);
        Assert.Contains("steepness_s", output);
        Assert.Contains("±", output);
        Assert.Contains("R²", output);
        Assert.Contains("GPT-4o", output);
    }

    [Fact]
    public void Bad_data_file_names_file_line_and_field()
    {
        string path = Path.Combine(Path.GetTempPath(), $"simcluster-bad-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "model,gpqa,train_flop,params,tokens,rl_flop,release_year,rl_heavy,source\nA,50,1e25,,,,2024,false,s\nB,oops,1e25,,,,2024,false,s\n");
        try
        {
            var (code, _, error) = CliRunner.Run("calibrate", "--data", path);
            Assert.Equal(2, code);
            Assert.Contains(path, error);
            Assert.Contains("line 3", error);
            Assert.Contains("'gpqa'", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_file_and_too_few_rows_are_clear_errors()
    {
        Assert.Contains("file not found", CliRunner.Run("calibrate", "--data", "/nonexistent/x.csv").Err);
        string path = Path.Combine(Path.GetTempPath(), $"simcluster-few-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "model,gpqa,train_flop,params,tokens,rl_flop,release_year,rl_heavy,source\nA,50,1e25,,,,2024,false,s\n");
        try
        {
            var (code, _, error) = CliRunner.Run("calibrate", "--data", path);
            Assert.Equal(2, code);
            Assert.Contains("at least 3 base-model rows", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void Capability_json_has_fit_with_standard_errors_and_residuals_by_release()
    {
        Skip.If(FrontierTableInput.Locate() is null,
            "frontier-calibration.csv not available: set SIMCLUSTER_FRONTIER_CSV or provide shared/data/frontier-calibration.csv");
        var (code, output, error) = CliRunner.Run("calibrate", "--capability", "--json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(65, root.GetProperty("n").GetInt32());
        var parameters = root.GetProperty("parameters").EnumerateArray().ToArray();
        Assert.Equal(["a_K", "b_K"], parameters.Select(p => p.GetProperty("name").GetString()));
        Assert.InRange(parameters[1].GetProperty("value").GetDouble(), 9.9, 10.0);
        Assert.All(parameters, p => Assert.True(p.GetProperty("standard_error").GetDouble() > 0));
        Assert.InRange(root.GetProperty("rmse").GetDouble(), 5.9, 6.1);
        var residuals = root.GetProperty("residuals").EnumerateArray().ToArray();
        Assert.Equal(65, residuals.Length);
        var years = residuals.Select(r => r.GetProperty("release_year").GetDouble()).ToArray();
        Assert.Equal(years.Order(), years);
        var models = residuals.Select(r => r.GetProperty("model").GetString()).ToArray();
        Assert.Contains("phi-4", models);
        Assert.DoesNotContain("DeepSeek-R1", models); // reasoning models are not pretraining capability
    }

    [Fact]
    public void Capability_with_a_missing_file_or_gpqa_options_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("calibrate", "--capability", "--data", "/nonexistent/frontier.csv");
        Assert.Equal(2, code);
        Assert.Contains("file not found", error);
        (code, _, error) = CliRunner.Run("calibrate", "--capability", "--no-slope-prior");
        Assert.Equal(2, code);
        Assert.Contains("--capability does not take", error);
    }
}
