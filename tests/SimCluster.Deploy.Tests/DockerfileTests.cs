using System.Xml.Linq;
using SimCluster.Silo;

namespace SimCluster.Deploy.Tests;

/// <summary>deploy/Dockerfile against the code it builds and the silo it runs.</summary>
public class DockerfileTests
{
    private const string CliProject = "src/SimCluster.Cli/SimCluster.Cli.csproj";

    private static readonly DockerfileModel Dockerfile = DockerfileModel.Load(DeployFiles.Dockerfile);

    private static Stage BuildStage => Dockerfile.Stages[0];

    [Fact]
    public void HasASdkBuildStageAndARuntimeStage()
    {
        Assert.Equal(2, Dockerfile.Stages.Count);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0", BuildStage.Image);
        Assert.Contains(Dockerfile.Final.Image, new[] { "mcr.microsoft.com/dotnet/runtime:10.0", "mcr.microsoft.com/dotnet/aspnet:10.0" });
    }

    /// <summary>
    /// The runtime image has ASP.NET Core exactly when a project of the CLI's needs it (the silo's dashboard does): the
    /// plain runtime image would fail such an app at start, and the aspnet one is larger for nothing otherwise.
    /// </summary>
    [Fact]
    public void RuntimeImageHasAspNetCoreExactlyWhenTheCliNeedsIt()
    {
        var needing = ProjectClosure(CliProject).Where(p => XDocument.Load(DeployFiles.InRepository(p)).Descendants("FrameworkReference")
            .Any(f => f.Attribute("Include")?.Value == "Microsoft.AspNetCore.App")).ToList();
        Assert.Contains("src/SimCluster.Silo/SimCluster.Silo.csproj", needing);
        Assert.Equal(needing.Count > 0 ? "mcr.microsoft.com/dotnet/aspnet:10.0" : "mcr.microsoft.com/dotnet/runtime:10.0", Dockerfile.Final.Image);
    }

    [Fact]
    public void BuildStagePublishesTheCliInReleaseToApp()
    {
        var publish = Assert.Single(BuildStage.All("RUN"), r => r.Arguments.StartsWith("dotnet publish ", StringComparison.Ordinal));
        var words = publish.Words();
        Assert.Equal("src/SimCluster.Cli", words[2].TrimEnd('/'));
        Assert.Equal("Release", CommandLine.OptionValue(words, "-c"));
        Assert.Equal("/app", CommandLine.OptionValue(words, "-o"));
    }

    [Fact]
    public void RuntimeStageTakesThePublishedAppFromTheBuildStage()
    {
        var copy = Assert.Single(Dockerfile.Final.Copies(), c => c.From is not null);
        Assert.Equal(BuildStage.Alias, copy.From);
        Assert.Equal(["/app"], copy.Sources);
        Assert.Equal("/app", DockerfileModel.Absolute(copy.Destination, Dockerfile.Final.WorkDirAt(copy.Line)).TrimEnd('/'));
    }

    [Fact]
    public void ExposesTheSilosDefaultPorts()
    {
        var ports = Dockerfile.Final.All("EXPOSE").SelectMany(e => e.Words()).Select(p => int.Parse(p.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.Equal(new[] { SiloSettings.DefaultPort, SiloSettings.DefaultGatewayPort }.Order(), ports);
    }

    [Fact]
    public void EntrypointRunsTheCliAssembly()
    {
        string assemblyName = XDocument.Load(DeployFiles.InRepository(CliProject)).Descendants("AssemblyName").Single().Value;
        var entrypoint = Assert.Single(Dockerfile.Final.All("ENTRYPOINT"));
        Assert.Equal(["dotnet", $"/app/{assemblyName}.dll"], entrypoint.ExecForm());
        Assert.Equal("simcluster", assemblyName);
    }

    /// <summary>Numeric (or the images' $APP_UID) so that Kubernetes' runAsNonRoot can check it.</summary>
    [Fact]
    public void RunsAsANonRootNumericUser()
    {
        string user = Assert.Single(Dockerfile.Final.All("USER")).Arguments;
        Assert.True(user is "$APP_UID" or "${APP_UID}" || (int.TryParse(user.Split(':')[0], out int uid) && uid != 0), $"USER {user}");
        // USER comes after every RUN, which needs root (mkdir/chown).
        Assert.All(Dockerfile.Final.All("RUN"), run => Assert.True(run.Line < Dockerfile.Final.All("USER").Single().Line));
    }

    [Fact]
    public void EveryCopiedPathExistsInTheRepository()
    {
        var copies = Dockerfile.Stages.SelectMany(s => s.Copies()).Where(c => c.From is null).ToList();
        Assert.NotEmpty(copies);
        foreach (var copy in copies)
        {
            foreach (string source in copy.Sources)
            {
                Assert.DoesNotContain("*", source); // globs would flatten project folders
                string path = DeployFiles.InRepository(source);
                Assert.True(source.EndsWith('/') ? Directory.Exists(path) : File.Exists(path), $"line {copy.Line}: COPY {source}: no such {(source.EndsWith('/') ? "folder" : "file")} in the repository");
            }
        }
    }

    /// <summary>
    /// The restore layer: before `dotnet restore`, the build stage copies the files MSBuild reads (global.json and the
    /// Directory props) and the project files of exactly the CLI and what it references, transitively. A project
    /// added to the CLI's references without a line here would fail the image build after the restore.
    /// </summary>
    [Fact]
    public void RestoreLayerCopiesExactlyTheCliProjectsClosure()
    {
        var restore = Assert.Single(BuildStage.All("RUN"), r => r.Arguments.StartsWith("dotnet restore ", StringComparison.Ordinal));
        Assert.Equal(CliProject, restore.Words()[2]);
        var beforeRestore = BuildStage.Copies().Where(c => c.Line < restore.Line).ToList();
        var copied = beforeRestore.SelectMany(c => c.Sources).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["global.json", "Directory.Build.props", "Directory.Packages.props"]), copied);
        var projects = copied.Where(s => s.EndsWith(".csproj", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(ProjectClosure(CliProject).Order(StringComparer.Ordinal), projects);
        // Each project file lands in its own folder under the same relative path.
        foreach (var copy in beforeRestore.Where(c => c.Sources.Any(s => s.EndsWith(".csproj", StringComparison.Ordinal))))
        {
            Assert.Equal(Path.GetDirectoryName(copy.Sources.Single())!.Replace('\\', '/') + "/", copy.Destination);
        }
    }

    /// <summary>Files the CLI's projects include from outside their folders (data/gpqa-calibration.csv) are copied too.</summary>
    [Fact]
    public void FilesTheProjectsIncludeFromOutsideSrcAreCopied()
    {
        var copied = BuildStage.Copies().Where(c => c.From is null).SelectMany(c => c.Sources).ToList();
        var outside = ProjectClosure(CliProject)
            .SelectMany(p => XDocument.Load(DeployFiles.InRepository(p)).Descendants()
                .Select(e => e.Attribute("Include")?.Value)
                .Where(v => v is not null && v.StartsWith(@"..\..\", StringComparison.Ordinal))
                .Select(v => v![@"..\..\".Length..].Replace('\\', '/')))
            .Where(p => !p.StartsWith("src/", StringComparison.Ordinal))
            .ToList();
        Assert.Contains("data/gpqa-calibration.csv", outside);
        Assert.All(outside, path => Assert.Contains(copied, source => source == path || (source.EndsWith('/') && path.StartsWith(source, StringComparison.Ordinal))));
    }

    [Fact]
    public void ScenariosAreInTheRuntimeImagesWorkingDirectory()
    {
        Assert.Equal("/app", Dockerfile.Final.WorkDir);
        Assert.Equal("scenarios/baseline.yaml", Dockerfile.Final.RepositorySourceOf("/app/scenarios/baseline.yaml"));
        Assert.True(File.Exists(DeployFiles.InRepository("scenarios/baseline.yaml")));
    }

    /// <summary>
    /// .dockerignore keeps build output and the git folder out of the context (obj/ in particular: a copied
    /// project.assets.json would replace the image's own restore) and ignores nothing the Dockerfile copies.
    /// </summary>
    [Fact]
    public void DockerIgnoreExcludesBuildOutputButNothingTheDockerfileCopies()
    {
        var patterns = File.ReadAllLines(DeployFiles.DockerIgnore).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Superset(new HashSet<string>([".git", "**/bin/", "**/obj/", "**/out/", "**/TestResults/", "**/BenchmarkDotNet.Artifacts/"]), new HashSet<string>(patterns));
        var sources = Dockerfile.Stages.SelectMany(s => s.Copies()).Where(c => c.From is null).SelectMany(c => c.Sources);
        foreach (string source in sources)
        {
            Assert.DoesNotContain(patterns, p => Ignores(p, source.TrimEnd('/')));
        }
    }

    /// <summary>Whether a .dockerignore pattern (the literal and **/ forms used here) excludes a path or a folder above it.</summary>
    private static bool Ignores(string pattern, string path)
    {
        string name = pattern.TrimEnd('/');
        var segments = path.Split('/');
        if (name.StartsWith("**/", StringComparison.Ordinal))
        {
            string rest = name[3..];
            if (rest.StartsWith("*.", StringComparison.Ordinal)) return path.EndsWith(rest[1..], StringComparison.Ordinal);
            return segments.Contains(rest);
        }
        return segments[0] == name || path == name;
    }

    /// <summary>Repository-relative paths of a project and every project it references, transitively.</summary>
    private static IReadOnlySet<string> ProjectClosure(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out string? current))
        {
            if (!found.Add(current)) continue;
            string folder = Path.GetDirectoryName(current)!;
            foreach (var reference in XDocument.Load(DeployFiles.InRepository(current)).Descendants("ProjectReference"))
            {
                string relative = Path.Combine(folder, reference.Attribute("Include")!.Value.Replace('\\', '/'));
                pending.Push(Path.GetRelativePath(DeployFiles.RepositoryRoot, Path.GetFullPath(DeployFiles.InRepository(relative))).Replace('\\', '/'));
            }
        }
        return found;
    }
}
