using System.Text.RegularExpressions;

namespace SimCluster.Deploy.Tests;

/// <summary>What the compose client and the Kubernetes Job ask of the image is in the image deploy/Dockerfile builds.</summary>
public partial class ImageLayoutTests
{
    private static readonly Stage Runtime = DockerfileModel.Load(DeployFiles.Dockerfile).Final;

    /// <summary>The client's command line in compose and the Job's arguments in Kubernetes.</summary>
    public static TheoryData<string> Clients() => new("compose", "kubernetes");

    private static IReadOnlyList<string> Arguments(string client) => client switch
    {
        "compose" => Yaml.LoadSingle(DeployFiles.Compose).At("services.client.command").Strings(),
        _ => KubernetesManifests.Container(KubernetesManifests.Get("Job", "simcluster-sweep")).Args,
    };

    /// <summary>A relative scenario path is read from the working directory; a COPY must have put the file there.</summary>
    [Theory]
    [MemberData(nameof(Clients))]
    public void TheSweptScenarioIsInTheImage(string client)
    {
        string scenario = Arguments(client)[1];
        string inImage = scenario.StartsWith('/') ? scenario : Runtime.WorkDir.TrimEnd('/') + "/" + scenario;
        string? source = Runtime.RepositorySourceOf(inImage);
        Assert.True(source is not null, $"{client}: nothing in the image at {inImage}");
        Assert.True(File.Exists(DeployFiles.InRepository(source)), $"{client}: {inImage} comes from {source}, which is not in the repository");
    }

    /// <summary>The output folder is made in the image and handed to the unprivileged user, before USER drops root.</summary>
    [Theory]
    [MemberData(nameof(Clients))]
    public void TheOutputFolderIsMadeWritableInTheImage(string client)
    {
        string output = CommandLine.OptionValue(Arguments(client), "--out");
        var run = Assert.Single(Runtime.All("RUN"), r => MakesOwnedFolder(output).IsMatch(r.Arguments));
        Assert.True(run.Line < Runtime.All("USER").Single().Line);
    }

    private static Regex MakesOwnedFolder(string folder) =>
        new($@"^mkdir (-p )?{Regex.Escape(folder)} && chown ""?\$\{{?APP_UID\}}?""? {Regex.Escape(folder)}$");
}
