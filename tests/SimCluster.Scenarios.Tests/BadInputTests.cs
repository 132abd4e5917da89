namespace SimCluster.Scenarios.Tests;

/// <summary>
/// One test per kind of bad input: each names the exact line, the field path in the validator's convention, and
/// checks that the message says what is allowed. Line numbers count from the first line of the YAML text.
/// </summary>
public sealed class BadInputTests
{
    private static IReadOnlyList<ScenarioError> Errors(string yaml)
    {
        var result = ScenarioLoader.Parse(yaml, "bad.yaml");
        Assert.False(result.Succeeded);
        Assert.Null(result.Scenario);
        Assert.NotEmpty(result.Errors);
        return result.Errors;
    }

    private static ScenarioError Single(string yaml)
    {
        var errors = Errors(yaml);
        Assert.True(errors.Count == 1, string.Join("\n", errors));
        Assert.Equal("bad.yaml", errors[0].File);
        return errors[0];
    }

    private static void AssertAt(ScenarioError e, int line, string path, params string[] fragments)
    {
        Assert.Equal((line, path), (e.Line, e.FieldPath));
        foreach (string f in fragments) Assert.Contains(f, e.Message);
    }

    [Fact]
    public void A_sound_file_loads()
    {
        var result = ScenarioLoader.Parse(Sound, "good.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("good.yaml", result.Scenario!.FileName);
        Assert.Equal(2, result.Scenario.Spec.Labs.Count);
    }

    [Fact]
    public void Unknown_key_lists_the_allowed_keys_and_suggests_the_closest()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources: [{preset: public-web-text}]
            clusters:
              - name: c1
                intial_gpus: 16000
            labs: [{name: a, cluster: c1, sources: [public-web-text], strategy: balanced}]
            """);
        AssertAt(e, 6, "clusters.c1.intial_gpus", "unknown key 'intial_gpus'", "did you mean 'initial_gpus'?", "allowed: name, initial_gpus, power_cap_mw, build_rate_per_year, min_build_mw_per_year, hardware");
        Assert.Equal(5, e.Column);
        Assert.Equal("bad.yaml:6:5: clusters.c1.intial_gpus: unknown key 'intial_gpus'; did you mean 'initial_gpus'? allowed: name, initial_gpus, power_cap_mw, build_rate_per_year, min_build_mw_per_year, hardware", e.ToString());
    }

    [Fact]
    public void A_string_where_a_number_is_expected_is_a_type_error()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources: [{preset: public-web-text}]
            clusters:
              - name: c1
                initial_gpus: lots
            labs: [{name: a, cluster: c1, sources: [public-web-text], strategy: balanced}]
            """);
        AssertAt(e, 6, "clusters.c1.initial_gpus", "expected a number", "3e14", "got 'lots'");
    }

    [Fact]
    public void A_map_where_a_list_is_expected_is_a_type_error()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources: [{preset: public-web-text}]
            clusters:
              name: c1
            labs: [{name: a, cluster: c1, sources: [public-web-text], strategy: balanced}]
            """);
        AssertAt(e, 5, "clusters", "expected a list; got a map");
    }

    [Fact]
    public void Missing_end_year_is_named_at_the_top_level()
    {
        var e = Single("""
            # yaml-language-server: $schema=./schema.json
            name: t
            sources: [{preset: public-web-text}]
            clusters: [{name: c1}]
            labs: [{name: a, cluster: c1, sources: [public-web-text], strategy: balanced}]
            """);
        AssertAt(e, 2, "end_year", "required field 'end_year' is missing", "after start_year");
    }

    [Fact]
    public void Missing_lab_cluster_is_named_at_the_lab()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources: [{preset: public-web-text}]
            clusters: [{name: c1}]
            labs:
              - name: a
                sources: [public-web-text]
                strategy: balanced
            """);
        AssertAt(e, 6, "labs.a.cluster", "required field 'cluster' is missing", "name of a cluster");
    }

    [Fact]
    public void Negative_value_is_named_with_its_range()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources:
              - preset: public-web-text
              - name: archive
                initial_stock_tokens: -5e13
            clusters: [{name: c1}]
            labs: [{name: a, cluster: c1, sources: [public-web-text, archive], strategy: balanced}]
            """);
        AssertAt(e, 6, "sources.archive.initial_stock_tokens", "must be a number of tokens in [0, 1e20]", "got -50000000000000");
    }

    [Fact]
    public void Nan_is_named_with_its_range()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources: [{preset: public-web-text}]
            clusters:
              - name: c1
                hardware:
                  mfu: .nan
            labs: [{name: a, cluster: c1, sources: [public-web-text], strategy: balanced}]
            """);
        AssertAt(e, 7, "clusters.c1.hardware.mfu", "must be a fraction in (0, 1]", "got NaN");
    }

    [Fact]
    public void Shares_not_summing_to_one_are_named_under_the_strategy()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources: [{preset: public-web-text}]
            clusters: [{name: c1}]
            labs:
              - name: a
                cluster: c1
                sources: [public-web-text]
                strategy:
                  preset: balanced
                  shares: {pretrain: 0.5, synthetic: 0.1, rl: 0.1, inference: 0.1}
            """);
        AssertAt(e, 11, "labs.a.strategy.shares", "shares must sum to 1; they sum to 0.8");
    }

    [Fact]
    public void Shares_of_a_preset_are_located_at_the_strategy()
    {
        // A defaulted field has no line of its own: the error points at the nearest parent written in the file.
        var e = Single("""
            name: t
            end_year: 2030
            step_months: 7
            sources: [{preset: public-web-text}]
            clusters: [{name: c1}]
            labs:
              - name: a
                cluster: c1
                sources: [public-web-text]
                strategy: balanced
            """);
        AssertAt(e, 10, "labs.a.strategy.training_run_months", "months in [step_months (7), 120]", "got 4");
    }

    [Fact]
    public void End_before_start_is_named()
    {
        var e = Single("""
            name: t
            start_year: 2030
            end_year: 2024
            sources: [{preset: public-web-text}]
            clusters: [{name: c1}]
            labs: [{name: a, cluster: c1, sources: [public-web-text], strategy: balanced}]
            """);
        AssertAt(e, 3, "end_year", "must be a year after start_year (2030) and at most 2500", "got 2024");
    }

    [Fact]
    public void More_than_100000_steps_is_refused()
    {
        var e = Single("""
            name: t
            end_year: 2064
            step_months: 0.001
            sources: [{preset: public-web-text}]
            clusters: [{name: c1}]
            labs: [{name: a, cluster: c1, sources: [public-web-text], strategy: {preset: balanced, training_run_months: 6}}]
            """);
        AssertAt(e, 3, "step_months", "gives 480000 steps; at most 100000 allowed");
    }

    [Fact]
    public void Lab_on_a_cluster_that_does_not_exist_lists_the_clusters()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources: [{preset: public-web-text}]
            clusters: [{name: c1}, {name: c2}]
            labs:
              - name: a
                cluster: c3
                sources: [public-web-text]
                strategy: balanced
            """);
        AssertAt(e, 7, "labs.a.cluster", "'c3' is not a cluster of this scenario; clusters: c1, c2");
    }

    [Fact]
    public void Lab_reading_a_source_that_does_not_exist_lists_the_sources()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources: [{preset: public-web-text}, {preset: licensed-archives}]
            clusters: [{name: c1}]
            labs:
              - name: a
                cluster: c1
                sources:
                  - public-web-text
                  - dark-web
                strategy: balanced
            """);
        AssertAt(e, 10, "labs.a.sources[1]", "'dark-web' is not a data source of this scenario; sources: licensed-archives, public-web-text");
    }

    [Fact]
    public void Duplicate_lab_name_points_at_the_second_one()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources: [{preset: public-web-text}]
            clusters: [{name: c1}]
            labs:
              - name: a
                cluster: c1
                sources: [public-web-text]
                strategy: balanced
              - name: a
                cluster: c1
                sources: [public-web-text]
                strategy: adaptive
            """);
        AssertAt(e, 10, "labs[1].name", "duplicate lab name 'a'");
    }

    [Fact]
    public void Unknown_strategy_preset_lists_the_presets()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources: [{preset: public-web-text}]
            clusters: [{name: c1}]
            labs:
              - name: a
                cluster: c1
                sources: [public-web-text]
                strategy: simulation-heavvy
            """);
        AssertAt(e, 9, "labs.a.strategy", "unknown strategy preset 'simulation-heavvy'", "did you mean 'simulation-heavy'?",
            "allowed: real-data-heavy, balanced, simulation-heavy, adaptive");
    }

    [Fact]
    public void Yaml_syntax_error_is_located()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources:
              - preset: public-web-text
               name: oops
            """);
        AssertAt(e, 5, "", "YAML syntax error");
    }

    [Fact]
    public void Unclosed_bracket_is_a_located_syntax_error_not_a_crash()
    {
        var e = Single("""
            name: t
            end_year: 2030
            sources: [{preset: public-web-text}
            clusters: [{name: c1}]
            """);
        Assert.Equal("", e.FieldPath);
        Assert.Contains("YAML syntax error", e.Message);
        Assert.InRange(e.Line, 3, 4);
    }

    [Fact]
    public void Duplicate_key_is_a_located_syntax_error()
    {
        var e = Single(Sound.Replace("seed: 7", "seed: 7\nseed: 8"));
        AssertAt(e, 4, "", "Duplicate key");
    }

    [Fact]
    public void A_bare_preset_name_in_sources_says_how_to_write_it()
    {
        var e = Single(Sound.Replace("  - preset: public-web-text", "  - public-web-text"));
        AssertAt(e, 5, "sources[0]", "write '- preset: public-web-text'");
    }

    [Fact]
    public void Unknown_enumeration_value_lists_the_allowed_ones()
    {
        var e = Single(Sound.Replace("rivalry: exclusive", "rivalry: exlusive"));
        AssertAt(e, 7, "sources.archive.rivalry", "unknown value 'exlusive'", "did you mean 'exclusive'?", "allowed: public, exclusive");
    }

    [Fact]
    public void Unknown_allocation_names_the_forms()
    {
        var e = Single(Sound.Replace("strategy: balanced", "strategy: {preset: balanced, allocation: overtrain(0.5)}"));
        AssertAt(e, 15, "labs.a.strategy.allocation", "unknown allocation 'overtrain(0.5)'", "overtrain(k) with k >= 1");
    }

    [Fact]
    public void A_quoted_number_is_a_string()
    {
        var e = Single(Sound.Replace("initial_gpus: 16000", "initial_gpus: \"16000\""));
        AssertAt(e, 10, "clusters.c1.initial_gpus", "write numbers without quotes");
    }

    [Fact]
    public void The_v1_gpqa_mapping_is_an_unknown_key_listing_what_world_allows()
    {
        var e = Single(Sound.Replace("seed: 7", "seed: 7\nworld:\n  gpqa_mapping: {steepness: 2}"));
        AssertAt(e, 5, "world.gpqa_mapping", "unknown key 'gpqa_mapping'", "capability");
    }

    [Fact]
    public void World_constants_are_range_checked_too()
    {
        var e = Single(Sound.Replace("seed: 7", "seed: 7\nworld:\n  rl:\n    headroom_eci: 250"));
        AssertAt(e, 6, "world.rl.headroom_eci", "must be ECI points in [0, 200]; got 250");
    }

    [Fact]
    public void Seed_must_be_a_whole_number()
    {
        var e = Single(Sound.Replace("seed: 7", "seed: -7"));
        AssertAt(e, 3, "seed", "whole number in [0, 18446744073709551615]");
    }

    [Fact]
    public void Every_error_is_reported_in_one_pass_in_line_order()
    {
        var errors = Errors("""
            name: t
            end_yaer: 2030
            sources: [{preset: public-web-txt}]
            clusters: [{name: c1, initial_gpus: many}]
            labs: [{name: a, sources: [public-web-text], strategy: balanced}]
            """);
        // end_year is missing from the map that starts on line 1; the misspelt key is on line 2.
        Assert.Equal(["end_year", "end_yaer", "sources.public-web-txt.preset", "clusters.c1.initial_gpus", "labs.a.cluster"], errors.Select(e => e.FieldPath));
        Assert.Equal([1, 2, 3, 4, 5], errors.Select(e => e.Line));
    }

    [Fact]
    public void Empty_file_and_missing_file_are_errors_not_exceptions()
    {
        AssertAt(Single("# nothing here\n"), 1, "", "no YAML document");
        var missing = ScenarioLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-scenario-" + Guid.NewGuid() + ".yaml"));
        var e = Assert.Single(missing.Errors);
        Assert.Equal((0, ""), (e.Line, e.FieldPath));
        Assert.Contains("cannot read the scenario file", e.ToString());
    }

    [Fact]
    public void A_scalar_document_is_a_type_error()
    {
        AssertAt(Single("just text"), 1, "", "expected a map with keys name, description, start_year");
    }

    private const string Sound = """
        name: t
        end_year: 2030
        seed: 7
        sources:
          - preset: public-web-text
          - name: archive
            rivalry: exclusive
            initial_stock_tokens: 5e13
        clusters:
          - {name: c1, initial_gpus: 16000}
        labs:
          - name: a
            cluster: c1
            sources: [public-web-text, archive]
            strategy: balanced
          - name: b
            cluster: c1
            sources: [public-web-text]
            strategy:
              preset: adaptive
              shares: {pretrain: 0.7, synthetic: 0.1, rl: 0.1, inference: 0.1}
        """;
}
