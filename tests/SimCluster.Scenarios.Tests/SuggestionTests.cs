using SimCluster.Scenarios.Reading;

namespace SimCluster.Scenarios.Tests;

public sealed class SuggestionTests
{
    [Theory]
    [InlineData("intial_gpus", "initial_gpus")]
    [InlineData("End_Year", "end_year")]
    [InlineData("headroom", "headroom_eci")]
    [InlineData("wrld", "world")]
    public void The_closest_allowed_name_is_suggested(string given, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(given, [.. ScenarioKeys.Scenario, .. ScenarioKeys.Cluster, .. ScenarioKeys.Rl]));

    [Theory]
    [InlineData("budget")]
    [InlineData("xyz")]
    public void Nothing_is_suggested_when_nothing_is_close(string given) => Assert.Null(Suggestions.Closest(given, ScenarioKeys.Cluster));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Edit_distance_counts_insertions_deletions_and_substitutions(string a, string b, int d) => Assert.Equal(d, Suggestions.Distance(a, b));
}
