using System.Text.Json;

namespace SimCluster.Cli.Tests;

public sealed class EstimateCommandTests
{
    [Fact]
    public void Json_has_the_contract_fields_and_the_llama_seed_case()
    {
        var (code, output, error) = CliRunner.Run("estimate", "--params", "405e9", "--tokens", "15.6e12", "--json");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        foreach (var field in new[] { "loss", "gpqa", "flop", "params", "tokens", "days", "energy_kwh" })
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        // docs/model.md §16.3 seed case: 3.79e25 FLOP → 68.6 days and 26.3 GWh on the default fleet.
        Assert.InRange(root.GetProperty("days").GetDouble(), 68.4, 68.8);
        Assert.InRange(root.GetProperty("energy_kwh").GetDouble() / 1e6, 26.2, 26.5);
    }

    [Fact]
    public void Inverse_reaches_the_target_and_forward_from_its_compute_agrees()
    {
        var (_, inverse, _) = CliRunner.Run("estimate", "--target-gpqa", "75", "--json");
        double flop = JsonDocument.Parse(inverse).RootElement.GetProperty("flop").GetDouble();
        Assert.InRange(JsonDocument.Parse(inverse).RootElement.GetProperty("gpqa").GetDouble(), 74.999, 75.001);
        var (code, forward, _) = CliRunner.Run("estimate", "--compute", flop.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "--json");
        Assert.Equal(0, code);
        Assert.InRange(JsonDocument.Parse(forward).RootElement.GetProperty("gpqa").GetDouble(), 74.99, 75.01);
    }

    [Fact]
    public void Hardware_options_change_days_and_energy_as_physics_says()
    {
        double Days(params string[] extra) => JsonDocument.Parse(CliRunner.Run(["estimate", "--compute", "1e25", "--json", .. extra]).Out).RootElement.GetProperty("days").GetDouble();
        double Energy(params string[] extra) => JsonDocument.Parse(CliRunner.Run(["estimate", "--compute", "1e25", "--json", .. extra]).Out).RootElement.GetProperty("energy_kwh").GetDouble();
        Assert.Equal(Days() / 2, Days("--gpus", "32000"), 9);
        Assert.Equal(Energy() * 1.5, Energy("--pue", "1.5"), 3);
        Assert.Equal(Energy(), Energy("--gpus", "1000"), 3);
    }

    [Fact]
    public void Text_output_names_units()
    {
        var (code, output, _) = CliRunner.Run("estimate", "--compute", "1e25", "--constants", "hoffmann2022");
        Assert.Equal(0, code);
        Assert.Contains("hoffmann2022", output);
        Assert.Contains("kWh", output);
        Assert.Contains("nats/token", output);
    }

    [Theory]
    [InlineData("--mfu must be a number in (0, 1]; got '1.5'", "estimate", "--compute", "1e25", "--mfu", "1.5")]
    [InlineData("--mfu must be a number in (0, 1]; got '0'", "estimate", "--compute", "1e25", "--mfu", "0")]
    [InlineData("--compute must be a number > 0; got 'abc'", "estimate", "--compute", "abc")]
    [InlineData("--compute must be a number > 0; got 'NaN'", "estimate", "--compute", "NaN")]
    [InlineData("--compute must be a number > 0; got 'Infinity'", "estimate", "--compute", "Infinity")]
    [InlineData("--params must be a number > 0; got '-5'", "estimate", "--params", "-5", "--tokens", "1e12")]
    [InlineData("--gpus must be a number > 0; got '-1'", "estimate", "--compute", "1e25", "--gpus", "-1")]
    [InlineData("--target-gpqa must be a number in (25, 100); got '100'", "estimate", "--target-gpqa", "100")]
    [InlineData("--target-gpqa must be a number in (25, 100); got '120'", "estimate", "--target-gpqa", "120")]
    [InlineData("--constants must be one of besiroglu2024|hoffmann2022; got 'kaplan'", "estimate", "--compute", "1e25", "--constants", "kaplan")]
    [InlineData("give exactly one of", "estimate")]
    [InlineData("give exactly one of", "estimate", "--compute", "1e25", "--target-gpqa", "50")]
    [InlineData("--tokens is required with --params", "estimate", "--params", "1e9")]
    [InlineData("Unrecognized command or argument '--bogus'", "estimate", "--compute", "1e25", "--bogus")]
    public void Bad_input_is_one_line_on_stderr_with_exit_code_2(string message, params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(message, error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Help_lists_every_option_with_its_range()
    {
        var (code, output, _) = CliRunner.Run("estimate", "--help");
        Assert.Equal(0, code);
        foreach (var o in new[] { "--params", "--tokens", "--compute", "--target-gpqa", "--gpus", "--gpu-flops", "--mfu", "--gpu-power-kw", "--pue", "--constants", "--json" })
            Assert.Contains(o, output);
        Assert.Contains("(0, 1]", output);
    }
}
