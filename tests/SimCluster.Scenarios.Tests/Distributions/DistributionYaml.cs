namespace SimCluster.Scenarios.Tests.Distributions;

/// <summary>A small sound scenario with a placeholder for one field, so each test writes one distribution in it.</summary>
public static class DistributionYaml
{
    /// <summary>
    /// Line 9 is <c>initial_stock_tokens</c> of sources[0], line 17 <c>growth_factor_per_year</c> of labs[0]'s budget:
    /// tests put a distribution on either (or replace other lines).
    /// </summary>
    public const string Sound = """
        name: t
        end_year: 2030
        seed: 7
        world:
          algorithmic_progress:
            doubling_months: 8
        sources:
          - preset: public-web-text
            initial_stock_tokens: 3e14
        clusters:
          - {name: c1, initial_gpus: 16000}
        labs:
          - name: a
            cluster: c1
            sources: [public-web-text]
            strategy: balanced
            budget: {growth_factor_per_year: 2}
        """;

    /// <summary>The file with sources[0].initial_stock_tokens written as <paramref name="value"/> (line 9).</summary>
    public static string WithStock(string value) => Sound.Replace("initial_stock_tokens: 3e14", $"initial_stock_tokens: {value}");

    public static LoadedScenario Load(string yaml)
    {
        var result = ScenarioLoader.Parse(yaml, "dist.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Scenario!;
    }

    public static IReadOnlyList<ScenarioError> Errors(string yaml)
    {
        var result = ScenarioLoader.Parse(yaml, "bad.yaml");
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
        return result.Errors;
    }

    public static ScenarioError Single(string yaml)
    {
        var errors = Errors(yaml);
        Assert.True(errors.Count == 1, string.Join("\n", errors));
        return errors[0];
    }

    public static void AssertAt(ScenarioError e, int line, string path, params string[] fragments)
    {
        Assert.True((line, path) == (e.Line, e.FieldPath), e.ToString());
        foreach (string f in fragments) Assert.True(e.Message.Contains(f, StringComparison.Ordinal), $"'{f}' not in: {e}");
    }
}
