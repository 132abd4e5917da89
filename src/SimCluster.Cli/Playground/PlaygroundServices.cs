namespace SimCluster.Cli.Playground;

/// <summary>What the endpoints share: scenarios, uploads, runs, sweeps and the real models.</summary>
public sealed class PlaygroundServices
{
    /// <summary>Services over <paramref name="presets"/>, running on what <paramref name="access"/> hands over.</summary>
    public PlaygroundServices(PresetCatalog presets, IReadOnlyList<FrontierOverlay.Point> frontier, GrainAccess access)
    {
        Resolver = new ScenarioResolver(presets, Uploads);
        Runs = new RunCache(Resolver, access);
        Sweeps = new QuickSweeps(Resolver, access);
        Frontier = frontier;
    }

    /// <summary>Uploaded scenarios.</summary>
    public UploadStore Uploads { get; } = new();

    /// <summary>States to scenarios.</summary>
    public ScenarioResolver Resolver { get; }

    /// <summary>Runs, once per state.</summary>
    public RunCache Runs { get; }

    /// <summary>Quick sweeps.</summary>
    public QuickSweeps Sweeps { get; }

    /// <summary>Real frontier models.</summary>
    public IReadOnlyList<FrontierOverlay.Point> Frontier { get; }
}
