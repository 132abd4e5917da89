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
}
