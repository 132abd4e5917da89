namespace SimCluster.Scenarios.Tests;

/// <summary>The scenario files under scenarios/, copied next to the test assembly by the project file.</summary>
public static class ShippedScenarios
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static string SchemaPath { get; } = Path.Combine(Folder, "schema.json");

    /// <summary>The nine files the README promises; a theory over them fails if one goes missing.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["baseline", "real-data-heavy", "simulation-heavy", "data-wall", "epoch-data-exhaustion", "seed-formula", "baseline-uncertain", "epoch-data-stock", "frontier-2023"];

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (string name in Names) data.Add(name);
        return data;
    }

    public static string PathOf(string name) => Path.Combine(Folder, name + ".yaml");

    public static LoadedScenario Load(string name)
    {
        var result = ScenarioLoader.Load(PathOf(name));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Scenario!;
    }
}
