namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>
/// A sound one-lab scenario for the hardening tests' bad inputs, each test changing one line of it, and the
/// assertions they share: one error, at a line and field, saying what is allowed, and printable as a single line.
/// </summary>
internal static class OneLabYaml
{
    /// <summary>Line 1 name, 2 end_year, 4 the source, 5 initial_gpus, 7-11 the lab (11: its budget).</summary>
    public const string Sound = """
        name: t
        end_year: 2030
        sources:
          - {preset: public-web-text}
        clusters: [{name: c1, initial_gpus: 16000}]
        labs:
          - name: a
            cluster: c1
            sources: [public-web-text]
            strategy: balanced
            budget: {initial_usd_per_year: 5e9}
        """;

    public static LoadedScenario Load(string yaml)
    {
        var result = ScenarioLoader.Parse(yaml, "bad.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Scenario!;
    }

    public static IReadOnlyList<ScenarioError> Errors(string yaml)
    {
        var result = ScenarioLoader.Parse(yaml, "bad.yaml");
        Assert.False(result.Succeeded, "the file loaded");
        Assert.NotEmpty(result.Errors);
        foreach (var e in result.Errors) AssertOneLine(e);
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
        foreach (string f in fragments) Assert.True(e.ToString().Contains(f, StringComparison.Ordinal), $"'{f}' not in: {e}");
    }

    /// <summary>No character in the printed error that could split or hide its line.</summary>
    public static void AssertOneLine(ScenarioError e) =>
        Assert.True(!e.ToString().Any(char.IsControl) && !e.ToString().Contains('\u2028'), $"not one line: {e.ToString().Replace("\n", "⏎")}");
}
