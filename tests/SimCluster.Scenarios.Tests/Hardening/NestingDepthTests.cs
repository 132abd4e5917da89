using SimCluster.Scenarios.Reading;

namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>
/// 40,000 nested brackets in an 80 KB file overflowed the stack (exit 134). Depth is capped while the
/// events stream past, before the recursive representation model is built. (The CLI tests run the 40,000-deep file
/// in a child process too, where a regression would kill only that process.)
/// </summary>
public sealed class NestingDepthTests
{
    [Fact]
    public void Forty_thousand_nested_brackets_are_a_located_error()
    {
        string yaml = new string('[', 40_000) + new string(']', 40_000);
        var e = OneLabYaml.Single(yaml);
        OneLabYaml.AssertAt(e, 1, "", "nested more than 64 levels deep");
        Assert.Equal(GuardedParser.MaxDepth + 1, e.Column);
    }

    [Fact]
    public void A_deep_chain_of_flow_maps_is_a_located_error()
    {
        string yaml = "name: t\nworld: " + string.Concat(Enumerable.Repeat("{a: ", 40_000)) + "1" + new string('}', 40_000) + "\n";
        var e = OneLabYaml.Single(yaml);
        OneLabYaml.AssertAt(e, 2, "", "nested more than 64 levels deep");
    }

    [Fact]
    public void A_deep_block_map_is_a_located_error()
    {
        var lines = Enumerable.Range(0, 100).Select(i => new string(' ', i) + "a:");
        var e = OneLabYaml.Single(string.Join("\n", lines) + " 1\n");
        OneLabYaml.AssertAt(e, GuardedParser.MaxDepth + 1, "", "nested more than 64 levels deep");
    }

    [Fact]
    public void Sixty_four_levels_are_still_read_and_reported_by_the_readers()
    {
        // Inside the limit the document is built, and the readers say what is wrong with it as usual.
        string yaml = OneLabYaml.Sound.Replace("name: t", "name: t\ndescription: " + new string('[', 63) + new string(']', 63));
        var e = OneLabYaml.Single(yaml);
        OneLabYaml.AssertAt(e, 2, "description", "expected a name (text); got a list");
    }
}
