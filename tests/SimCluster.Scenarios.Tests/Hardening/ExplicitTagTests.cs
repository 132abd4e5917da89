namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>
/// Unknown YAML tags (!evil 16000, !!python/object ...) were silently ignored. Every explicit tag is refused
/// at its line except !!str on text, !!map on a map and !!seq on a list, which restate what the node already is.
/// </summary>
public sealed class ExplicitTagTests
{
    [Theory]
    [InlineData("!evil 16000", "'!evil'")]
    [InlineData("!!python/object:os.system 16000", "'!!python/object:os.system'")]
    [InlineData("!!int 16000", "'!!int'")]
    [InlineData("!!float 16000", "'!!float'")]
    [InlineData("!!null 16000", "'!!null'")]
    [InlineData("!<tag:example.com,2024:gpus> 16000", "'!<tag:example.com,2024:gpus>'")]
    [InlineData("! 16000", "'!'")]
    public void A_tag_on_a_number_is_refused_where_it_is_written(string value, string shown)
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("initial_gpus: 16000", $"initial_gpus: {value}"));
        OneLabYaml.AssertAt(e, 5, "", $"explicit tag {shown} is not allowed", "remove the tag");
    }

    [Fact]
    public void A_python_object_tag_on_a_map_is_refused()
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("budget: {initial_usd_per_year: 5e9}", "budget: !!python/object/apply:os.system {initial_usd_per_year: 5e9}"));
        OneLabYaml.AssertAt(e, 11, "", "explicit tag '!!python/object/apply:os.system' is not allowed");
    }

    [Fact]
    public void Every_tag_in_a_file_is_reported_in_one_pass()
    {
        var errors = OneLabYaml.Errors(OneLabYaml.Sound.Replace("end_year: 2030", "end_year: !evil 2030").Replace("initial_gpus: 16000", "initial_gpus: !!float 16000"));
        Assert.Equal([2, 5], errors.Select(e => e.Line));
    }

    [Fact]
    public void A_core_tag_on_the_wrong_kind_of_node_is_refused()
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("sources: [public-web-text]", "sources: !!map [public-web-text]"));
        OneLabYaml.AssertAt(e, 9, "", "explicit tag '!!map' is not allowed");
    }

    [Fact]
    public void Tags_that_restate_the_node_are_accepted()
    {
        var spec = OneLabYaml.Load(OneLabYaml.Sound
            .Replace("name: a", "name: !!str 2024")
            .Replace("sources: [public-web-text]", "sources: !!seq [public-web-text]")
            .Replace("budget: {", "budget: !!map {")).Spec;
        Assert.Equal("2024", spec.Labs[0].Name);
    }
}
