namespace SimCluster.Cli.Tests;

/// <summary>Shipped scenario files (copied next to the tests) and a small one written inline.</summary>
internal static class Scenarios
{
    public static string Shipped(string name) => Path.Combine(AppContext.BaseDirectory, "scenarios", name + ".yaml");

    /// <summary>Two labs for six years: enough to exercise every phase in a second.</summary>
    public const string Small = """
        name: small
        start_year: 2024
        end_year: 2030
        seed: 3
        sources:
          - preset: public-web-text
          - preset: licensed-archives
        clusters:
          - {name: c1, initial_gpus: 16000}
          - {name: c2, initial_gpus: 16000}
        labs:
          - {name: lab-a, cluster: c1, sources: [public-web-text, licensed-archives], strategy: real-data-heavy}
          - {name: lab-b, cluster: c2, sources: [public-web-text, licensed-archives], strategy: simulation-heavy}
        """;

    /// <summary><see cref="Small"/> with two uncertain parameters, to 2028: a sweep of it takes a moment.</summary>
    public static string SmallUncertain(int endYear = 2028) => Small
        .Replace("end_year: 2030", $"end_year: {endYear}")
        .Replace("  - preset: public-web-text\n", "  - preset: public-web-text\n    initial_stock_tokens: {distribution: lognormal, median: 3e14, p90: 1e15, min: 1e14, max: 1e15}\n")
        .Replace("seed: 3\n", "seed: 3\nworld:\n  algorithmic_progress:\n    doubling_months: {distribution: triangular, lower: 5, mode: 8, upper: 14}\n");
}
