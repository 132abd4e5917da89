using SimCluster.Scenarios.Overrides;

namespace SimCluster.Scenarios.Tests.Overrides;

public sealed class OverrideTests
{
    private const string File = """
        name: small
        end_year: 2030
        world:
          algorithmic_progress:
            doubling_months: {distribution: triangular, lower: 5, mode: 8, upper: 14}
        sources:
          - preset: public-web-text
          - preset: licensed-archives
        clusters:
          - {name: c1, initial_gpus: 16000}
        labs:
          - name: lab-a
            cluster: c1
            sources: [public-web-text, licensed-archives]
            strategy: real-data-heavy
            budget:
              initial_usd_per_year: 5e9
        """;

    private static ScenarioLoadResult Load(string text, params string[] sets) =>
        ScenarioLoader.Parse(text, "small.yaml", sets.Select(s => ScenarioOverride.Parse(s, "--set", out _)!).ToArray());

    private static string Resolved(ScenarioLoadResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return ScenarioWriter.Write(result.Scenario!.Spec, result.Scenario.Description, "test");
    }

    [Theory]
    // a value the file writes, one it leaves to a preset, one in a map it leaves out, one in a preset strategy
    [InlineData("labs.lab-a.budget.initial_usd_per_year=7e9", "      initial_usd_per_year: 5e9", "      initial_usd_per_year: 7e9")]
    [InlineData("sources.public-web-text.initial_stock_tokens=1e14", "  - preset: public-web-text\n", "  - preset: public-web-text\n    initial_stock_tokens: 1e14\n")]
    [InlineData("world.synthetic.collapse_kappa=0.0337", "world:\n", "world:\n  synthetic:\n    collapse_kappa: 0.0337\n")]
    [InlineData("labs.lab-a.strategy.training_run_months=3", "strategy: real-data-heavy", "strategy: {preset: real-data-heavy, training_run_months: 3}")]
    public void An_override_gives_the_scenario_of_the_file_edited_to_say_the_same(string set, string written, string edited)
    {
        string editedFile = File.Replace(written, edited);
        Assert.NotEqual(File, editedFile);
        Assert.Equal(Resolved(ScenarioLoader.Parse(editedFile, "small.yaml")), Resolved(Load(File, set)));
        Assert.NotEqual(Resolved(ScenarioLoader.Parse(File, "small.yaml")), Resolved(Load(File, set)));
    }

    [Fact]
    public void A_distribution_override_is_drawn_in_the_place_the_file_would_give_it()
    {
        const string dist = "{distribution: lognormal, median: 3e14, p90: 1e15}";
        var viaSet = Load(File, $"sources.public-web-text.initial_stock_tokens={dist}");
        var edited = ScenarioLoader.Parse(File.Replace("  - preset: public-web-text\n", $"  - preset: public-web-text\n    initial_stock_tokens: {dist}\n"), "small.yaml");
        Assert.Equal(Resolved(edited), Resolved(viaSet));
        Assert.Equal(edited.Scenario!.Spec.Uncertain.Select(u => u.Path), viaSet.Scenario!.Spec.Uncertain.Select(u => u.Path));
        Assert.Equal(2, viaSet.Scenario.Spec.Uncertain.Count);
    }

    [Fact]
    public void An_unknown_key_is_named_with_the_closest_key_of_this_scenario()
    {
        var error = Assert.Single(Load(File, "labs.lab-a.budget.initial_usd_per_yer=7e9").Errors);
        Assert.Equal("--set labs.lab-a.budget.initial_usd_per_yer", error.File);
        Assert.Equal(0, error.Line);
        Assert.Contains("did you mean 'labs.lab-a.budget.initial_usd_per_year'?", error.Message);

        var entity = Assert.Single(Load(File, "labs.lab-b.budget.initial_usd_per_year=7e9").Errors);
        Assert.Contains("did you mean 'labs.lab-a.budget.initial_usd_per_year'?", entity.Message);
    }

    [Fact]
    public void A_value_out_of_range_gets_the_files_range_message_naming_the_override()
    {
        var inFile = Assert.Single(ScenarioLoader.Parse(File.Replace("initial_usd_per_year: 5e9", "initial_usd_per_year: -1"), "small.yaml").Errors);
        var error = Assert.Single(Load(File, "labs.lab-a.budget.initial_usd_per_year=-1").Errors);
        Assert.Equal("--set labs.lab-a.budget.initial_usd_per_year: " + inFile.Message, error.ToString());
    }

    [Fact]
    public void A_distribution_on_a_field_that_cannot_vary_is_refused_as_in_a_file()
    {
        var error = Assert.Single(Load(File, "end_year={distribution: uniform, lower: 2030, upper: 2040}").Errors);
        Assert.Equal("--set end_year", error.File);
        Assert.Contains("cannot be a distribution", error.Message);
    }

    [Fact]
    public void A_section_written_as_a_name_cannot_have_one_field_set()
    {
        var error = Assert.Single(Load(File.Replace("world:\n", "world:\n  loss_constants: besiroglu2024\n"), "world.loss_constants.alpha=0.3").Errors);
        Assert.Contains("writes world.loss_constants as the name 'besiroglu2024'", error.Message);
    }

    [Fact]
    public void A_key_given_twice_or_a_value_that_is_not_yaml_is_an_error_of_that_override()
    {
        Assert.Contains("more than once", Load(File, "end_year=2031", "end_year=2032").Errors[0].Message);
        var syntax = Assert.Single(Load(File, "end_year={2031").Errors);
        Assert.Equal("--set end_year", syntax.File);
    }

    [Theory]
    [InlineData("end_year", "expected KEY=VALUE")]
    [InlineData("=2030", "expected KEY=VALUE")]
    [InlineData("end_year=", "no value after '='")]
    [InlineData("end_year= ", "no value after '='")]
    public void Text_that_is_not_key_equals_value_is_refused(string text, string message)
    {
        Assert.Null(ScenarioOverride.Parse(text, "--set", out string? problem));
        Assert.Contains(message, problem);
    }

    [Fact]
    public void A_file_with_errors_reports_them_before_any_override_is_looked_at()
    {
        var errors = Load(File.Replace("end_year: 2030", "end_yer: 2030"), "end_year=2031").Errors;
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("small.yaml", e.File));
    }
}
