namespace SimCluster.Deploy.Tests;

/// <summary>
/// Where the deployment files are: copied next to the test assembly by the project file (deploy-files/), and the
/// repository itself, found by walking up from the test assembly, for what the Dockerfile copies and builds.
/// </summary>
public static class DeployFiles
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "deploy-files");

    public static string Compose { get; } = Path.Combine(Folder, "docker-compose.yml");

    public static string Dockerfile { get; } = Path.Combine(Folder, "deploy", "Dockerfile");

    public static string DockerIgnore { get; } = Path.Combine(Folder, ".dockerignore");

    public static string KubernetesFolder { get; } = Path.Combine(Folder, "deploy", "kubernetes");

    /// <summary>The Kubernetes manifests deploy/README.md describes, in the order it applies them.</summary>
    public static IReadOnlyList<string> KubernetesNames { get; } = ["namespace", "redis", "silo", "pdb", "sweep-job"];

    /// <summary>Every YAML file among the deployment files, relative to <see cref="Folder"/>.</summary>
    public static IReadOnlyList<string> YamlPaths { get; } =
        Directory.EnumerateFiles(Folder, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Folder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> AllYaml() => new(YamlPaths);

    public static TheoryData<string> KubernetesFiles()
    {
        var data = new TheoryData<string>();
        foreach (string name in KubernetesNames) data.Add(name);
        return data;
    }

    public static string KubernetesPath(string name) => Path.Combine(KubernetesFolder, name + ".yaml");

    /// <summary>The repository root: the nearest folder above the test assembly that holds SimCluster.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SimCluster.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no SimCluster.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>A repository-relative path (forward slashes) made absolute.</summary>
    public static string InRepository(string relative) =>
        Path.Combine(RepositoryRoot, relative.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));
}
