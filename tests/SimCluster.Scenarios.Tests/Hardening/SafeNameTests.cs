namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>
/// The scenario name is a path segment of the output folder, so "../x", "..", an absolute path or a
/// NUL reached the file system. Scenario names are one safe segment; entity names hold no control characters,
/// separators or dots.
/// </summary>
public sealed class SafeNameTests
{
    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("/tmp/x")]
    [InlineData("\"a\\0b\"")]
    [InlineData(".hidden")]
    [InlineData("a b")]
    [InlineData("x.")]
    [InlineData("NUL.csv")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 65
    public void An_unsafe_scenario_name_is_refused_at_its_line(string name)
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("name: t", $"name: {name}"));
        OneLabYaml.AssertAt(e, 1, "name", "must be one path segment for the output folder");
    }

    [Theory]
    [InlineData("baseline")]
    [InlineData("my_scenario-2.v3")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 64
    public void A_safe_scenario_name_loads(string name) =>
        Assert.Equal(name, OneLabYaml.Load(OneLabYaml.Sound.Replace("name: t", $"name: {name}")).Spec.Name);

    [Theory]
    [InlineData("\"lab\\nb\"", "control characters", @"'lab\nb'")]
    [InlineData("\"lab\\0\"", "control characters", @"'lab\0'")]
    [InlineData("\"lab\\tb\"", "control characters", @"'lab\tb'")]
    [InlineData("a/b", "'/', '\\' or '.'", "'a/b'")]
    [InlineData("'a\\b'", "'/', '\\' or '.'", @"'a\\b'")]
    [InlineData("v1.2", "'/', '\\' or '.'", "'v1.2'")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "at most 64 characters", "got 65")]
    public void An_unsafe_lab_name_is_refused_at_its_line(string name, string rule, string shown)
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("  - name: a", $"  - name: {name}"));
        OneLabYaml.AssertAt(e, 7, "labs[0].name", rule, shown);
    }

    [Fact]
    public void Unsafe_source_and_cluster_names_are_refused_too()
    {
        string yaml = OneLabYaml.Sound
            .Replace("{preset: public-web-text}", "{preset: public-web-text, name: \"web\\ntext\"}")
            .Replace("sources: [public-web-text]", "sources: [\"web\\ntext\"]")
            .Replace("name: c1", "name: ../c1").Replace("cluster: c1", "cluster: ../c1");
        var errors = OneLabYaml.Errors(yaml);
        Assert.Equal(["sources[0].name", "clusters[0].name"], errors.Select(e => e.FieldPath));
    }

    [Fact]
    public void A_control_character_in_a_strategy_label_is_refused()
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("strategy: balanced", "strategy: {preset: balanced, name: \"mine\\r\"}"));
        OneLabYaml.AssertAt(e, 10, "labs.a.strategy.name", "control characters", @"'mine\r'");
    }

    [Fact]
    public void Lab_names_with_spaces_stay_allowed()
    {
        var spec = OneLabYaml.Load(OneLabYaml.Sound.Replace("  - name: a", "  - name: Google DeepMind")).Spec;
        Assert.Equal("Google DeepMind", spec.Labs[0].Name);
    }
}
