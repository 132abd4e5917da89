namespace SimCluster.Deploy.Tests;

/// <summary>Every YAML file of the deployment parses, all its documents.</summary>
public class YamlFilesTests
{
    [Theory]
    [MemberData(nameof(DeployFiles.AllYaml), MemberType = typeof(DeployFiles))]
    public void ParsesAsMappings(string file)
    {
        var documents = Yaml.LoadDocuments(Path.Combine(DeployFiles.Folder, file));
        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.NotEmpty(d.Children));
    }

    [Fact]
    public void TheDeploymentFilesAreAllThere()
    {
        var yaml = DeployFiles.YamlPaths.ToHashSet();
        var expected = DeployFiles.KubernetesNames.Select(n => $"deploy/kubernetes/{n}.yaml").Append("docker-compose.yml");
        Assert.Subset(yaml, expected.ToHashSet());
        Assert.Equal(DeployFiles.KubernetesNames.Count, Directory.GetFiles(DeployFiles.KubernetesFolder, "*.yaml").Length);
    }

    [Fact]
    public void MultiDocumentFilesAreSplit()
    {
        Assert.Equal(4, Yaml.LoadDocuments(DeployFiles.KubernetesPath("redis")).Count);
        Assert.Equal(2, Yaml.LoadDocuments(DeployFiles.KubernetesPath("sweep-job")).Count);
    }
}
