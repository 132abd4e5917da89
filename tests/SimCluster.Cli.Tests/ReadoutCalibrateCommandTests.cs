using System.Text.Json;
using SimCluster.Model.Readouts;

namespace SimCluster.Cli.Tests;

/// <summary>
/// `calibrate --readouts` (docs/model.md §19), run in-process on frontier-calibration.csv found as for --capability
/// (shared/data above the test binaries, or SIMCLUSTER_FRONTIER_CSV): the refit must agree with the constants in code,
/// and the text must account for every readout and milestone the model uses.
/// </summary>
public sealed class ReadoutCalibrateCommandTests
{
    [Fact]
    public void Json_gpqa_alpha_and_d_are_within_one_standard_error_of_the_defaults()
    {
        Assert.True(FrontierTableInput.Locate() is not null,
            "frontier-calibration.csv not found: set SIMCLUSTER_FRONTIER_CSV or provide shared/data/frontier-calibration.csv");
        var (code, output, error) = CliRunner.Run("calibrate", "--readouts", "--json");
        Assert.True(code == 0, error);
        var gpqa = JsonDocument.Parse(output).RootElement.GetProperty("gpqa_diamond");

        var parameters = gpqa.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        foreach (var (name, expected) in new[] { ("slope_alpha", GpqaReadoutDefaults.Slope), ("difficulty_d", GpqaReadoutDefaults.Difficulty) })
        {
            var p = parameters[name];
            double fitted = p.GetProperty("fitted").GetDouble(), se = p.GetProperty("standard_error").GetDouble();
            Assert.Equal(expected, p.GetProperty("default").GetDouble());
            Assert.True(se > 0, $"{name}: standard error {se}");
            Assert.InRange(expected, fitted - se, fitted + se);
        }
        Assert.Equal(GpqaReadoutDefaults.SampleSize, gpqa.GetProperty("n").GetInt32());
        Assert.Equal(GpqaReadoutDefaults.Ceiling, gpqa.GetProperty("ceiling").GetDouble());
        Assert.Equal(GpqaReadoutDefaults.SampleSize, gpqa.GetProperty("residuals").GetArrayLength());
        Assert.Contains(gpqa.GetProperty("free_ceiling").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "ceiling");
    }

    [Fact]
    public void Text_lists_every_readout_and_every_milestone()
    {
        var (code, output, error) = CliRunner.Run("calibrate", "--readouts");
        Assert.True(code == 0, error);
        foreach (var readout in ReadoutSet.Default.Logistic)
            Assert.Contains(readout.Name, output);
        Assert.Contains("METR", output);
        foreach (var milestone in MilestoneTable.Default.Milestones)
            Assert.Contains(milestone.Name, output);
        Assert.Contains("ceiling free", output);
        Assert.Contains("benchmarks_runs.csv", output);
    }

    [Fact]
    public void Readouts_with_another_fit_or_its_options_or_a_missing_file_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("calibrate", "--readouts", "--capability");
        Assert.Equal(2, code);
        Assert.Contains("separate fits", error);
        (code, _, error) = CliRunner.Run("calibrate", "--readouts", "--post-training");
        Assert.Equal(2, code);
        (code, _, error) = CliRunner.Run("calibrate", "--readouts", "--no-slope-prior");
        Assert.Equal(2, code);
        Assert.Contains("--readouts does not take", error);
        (code, _, error) = CliRunner.Run("calibrate", "--readouts", "--data", "/nonexistent/frontier.csv");
        Assert.Equal(2, code);
        Assert.Contains("file not found", error);
    }
}
