using SimCluster.Model.Scenarios;

namespace SimCluster.Scenarios.Tests;

/// <summary>
/// Value equality of two specs. Records compare by value except through their IReadOnlyList members (compared by
/// reference), so lists are compared element by element and the rest with record equality.
/// </summary>
public static class SpecAssert
{
    public static void Equal(ScenarioSpec expected, ScenarioSpec actual)
    {
        Assert.Equal(expected with { Sources = [], Clusters = [], Labs = [], Uncertain = [] }, actual with { Sources = [], Clusters = [], Labs = [], Uncertain = [] });
        Assert.Equal(expected.Uncertain, actual.Uncertain);
        Assert.Equal(expected.Sources, actual.Sources);
        Assert.Equal(expected.Clusters, actual.Clusters);
        Assert.Equal(expected.Labs.Count, actual.Labs.Count);
        for (int i = 0; i < expected.Labs.Count; i++)
        {
            Assert.Equal(expected.Labs[i] with { Sources = [] }, actual.Labs[i] with { Sources = [] });
            Assert.Equal(expected.Labs[i].Sources, actual.Labs[i].Sources);
        }
    }
}
