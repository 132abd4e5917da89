using System.Text.RegularExpressions;
using SimCluster.Silo;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Deploy.Tests;

/// <summary>docker-compose.yml against the silo's settings and the Dockerfile.</summary>
public partial class ComposeTests
{
    private static readonly YamlMappingNode Compose = Yaml.LoadSingle(DeployFiles.Compose);

    private static YamlNode Services => Compose.At("services");

    private static YamlNode Service(string name) => Services.At(name);

    private static readonly string[] SiloNames = ["silo1", "silo2", "silo3"];

    /// <summary>The variable in the shell running `docker compose` that holds the cluster id.</summary>
    private const string ClusterIdVariable = "SIMCLUSTER_CLUSTER_ID";

    public static TheoryData<string> Silos() => new(SiloNames);

    /// <summary>The command as a list, whichever form it is written in.</summary>
    private static IReadOnlyList<string> Command(string service)
    {
        var command = Service(service).At("command");
        return command is YamlScalarNode ? command.Text().Split(' ', StringSplitOptions.RemoveEmptyEntries) : command.Strings();
    }

    /// <summary>The environment, whichever form (map or KEY=VALUE list) it is written in.</summary>
    private static IReadOnlyDictionary<string, string> Environment(string service)
    {
        var env = Service(service).At("environment");
        return env is YamlSequenceNode
            ? env.Strings().Select(e => e.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1], StringComparer.Ordinal)
            : env.StringMap();
    }

    [Fact]
    public void HasRedisThreeSilosAndAClient()
    {
        Assert.Equal(["redis", "silo1", "silo2", "silo3", "client"], Services.Keys());
        Assert.Equal("redis:7", Service("redis").At("image").Text());
        Assert.Equal(["CMD", "redis-cli", "ping"], Service("redis").At("healthcheck.test").Strings());
    }

    /// <summary>
    /// The membership table and sweep progress live in Redis: without persistence a Redis restart loses every sweep's
    /// progress. Redis writes an append-only file to /data, which is a named volume that outlives the container.
    /// </summary>
    [Fact]
    public void RedisPersistsToANamedVolume()
    {
        var command = Command("redis");
        Assert.Equal("redis-server", command[0]);
        Assert.Equal("yes", CommandLine.OptionValue(command, "--appendonly"));
        var mount = Assert.Single(Service("redis").At("volumes").Strings(), v => v.EndsWith(":/data", StringComparison.Ordinal));
        Assert.Contains(mount.Split(':')[0], Compose.At("volumes").Keys());
    }

    [Theory]
    [MemberData(nameof(Silos))]
    public void SiloRunsSiloWithTheDefaultPorts(string silo)
    {
        var command = Command(silo);
        Assert.Equal("silo", command[0]);
        Assert.Equal(SiloSettings.DefaultPort.ToString(System.Globalization.CultureInfo.InvariantCulture), CommandLine.OptionValue(command, SiloSettings.PortOption));
        Assert.Equal(SiloSettings.DefaultGatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture), CommandLine.OptionValue(command, SiloSettings.GatewayPortOption));
        // Only options the silo has; each container advertises its own address, so no --advertise.
        Assert.Subset(new HashSet<string>([SiloSettings.RedisOption, SiloSettings.PortOption, SiloSettings.GatewayPortOption, SiloSettings.ListenOption]), CommandLine.Options(command).ToHashSet());
    }

    /// <summary>
    /// A silo listens on 127.0.0.1 by default, which other containers cannot reach: compose opens it to the project's
    /// network with --listen 0.0.0.0, and with nothing advertised the silo advertises its container's address.
    /// </summary>
    [Theory]
    [MemberData(nameof(Silos))]
    public void SiloListensOnItsContainersNetworkAndAdvertisesTheContainersAddress(string silo)
    {
        var command = Command(silo);
        Assert.Equal("0.0.0.0", CommandLine.OptionValue(command, SiloSettings.ListenOption));
        Assert.False(CommandLine.Has(command, SiloSettings.AdvertiseOption));
        Assert.DoesNotContain(SiloSettings.AdvertiseVariable, Environment(silo).Keys);
        Assert.Null(Service(silo).Get("ports")); // nothing published on the host
    }

    [Theory]
    [MemberData(nameof(Silos))]
    public void SiloReachesTheRedisServiceByName(string silo)
    {
        var (host, port) = CommandLine.HostAndPort(CommandLine.OptionValue(Command(silo), SiloSettings.RedisOption));
        Assert.Equal("redis", host);
        Assert.Equal(6379, port); // redis' own port; the redis service changes none
        Assert.StartsWith("redis:", Service(host).At("image").Text());
        Assert.Equal("service_healthy", Service(silo).At("depends_on.redis.condition").Text());
    }

    /// <summary>
    /// Anyone who knows a gateway address and the cluster id reaches every grain, so the shipped file has no cluster id
    /// of its own: compose refuses to start until SIMCLUSTER_CLUSTER_ID is set, saying how.
    /// </summary>
    [Theory]
    [MemberData(nameof(Silos))]
    public void SiloTakesItsClusterIdFromARequiredVariable(string silo)
    {
        var env = Environment(silo);
        var required = RequiredVariable().Match(env[SiloSettings.ClusterIdVariable]);
        Assert.True(required.Success, $"{SiloSettings.ClusterIdVariable}: '{env[SiloSettings.ClusterIdVariable]}' is not ${{{ClusterIdVariable}:?message}}");
        Assert.Equal(ClusterIdVariable, required.Groups[1].Value);
        Assert.Contains("deploy/README.md", required.Groups[2].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("$", required.Groups[2].Value, StringComparison.Ordinal); // compose would try to interpolate it
        Assert.Equal(SiloSettings.DefaultServiceId, env[SiloSettings.ServiceIdVariable]);
    }

    /// <summary>deploy/README.md says how to set it before `docker compose up`, to a random value.</summary>
    [Fact]
    public void TheReadmeSaysHowToSetTheClusterId()
    {
        string readme = File.ReadAllText(Path.Combine(DeployFiles.Folder, "deploy", "README.md"));
        Assert.Contains($"export {ClusterIdVariable}=$(openssl rand -hex 16)", readme, StringComparison.Ordinal);
        string dockerIgnore = File.ReadAllText(DeployFiles.DockerIgnore);
        Assert.Contains(".env", dockerIgnore.Split('\n').Select(l => l.Trim()));  // a .env holding the id stays out of the image
    }

    /// <summary>The healthcheck the client waits for connects to the gateway port the silo was given.</summary>
    [Theory]
    [MemberData(nameof(Silos))]
    public void SiloHealthcheckConnectsToItsGatewayPort(string silo)
    {
        string test = string.Join(' ', Service(silo).At("healthcheck.test").Strings());
        var match = DevTcp().Match(test);
        Assert.True(match.Success, test);
        Assert.Equal(CommandLine.OptionValue(Command(silo), SiloSettings.GatewayPortOption), match.Groups[1].Value);
    }

    /// <summary>A silo that ends on its own has failed (a fatal error, or no restart in place) and is restarted to join afresh.</summary>
    [Theory]
    [MemberData(nameof(Silos))]
    public void SiloIsRestartedWhenItFails(string silo)
    {
        Assert.Equal("on-failure", Service(silo).At("restart").Text());
    }

    /// <summary>Longer than the 10 s Docker default, which would kill a silo in the middle of its graceful shutdown.</summary>
    [Theory]
    [MemberData(nameof(Silos))]
    public void SiloHasTimeToShutDownGracefully(string silo)
    {
        string grace = Service(silo).At("stop_grace_period").Text();
        Assert.Matches("^[0-9]+s$", grace);
        // Twice what the silo gives a graceful stop before it exits anyway.
        Assert.True(int.Parse(grace.TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture) >= 2 * ClusteredSiloRunner.GracefulStopTimeout.TotalSeconds, grace);
    }

    [Fact]
    public void ClientSweepsTheBaselineOnTheSilosRedis()
    {
        var command = Command("client");
        Assert.Equal("sweep", command[0]);
        Assert.Equal("scenarios/baseline.yaml", command[1]);
        Assert.Equal("1000", CommandLine.OptionValue(command, "--replicates"));
        foreach (string silo in SiloNames)
        {
            Assert.Equal(CommandLine.OptionValue(Command(silo), SiloSettings.RedisOption), CommandLine.OptionValue(command, "--cluster"));
        }
    }

    [Fact]
    public void ClientNamesTheSilosCluster()
    {
        var client = Environment("client");
        Assert.Equal(Environment("silo1")[SiloSettings.ClusterIdVariable], client[SiloSettings.ClusterIdVariable]);
        Assert.Equal(Environment("silo1")[SiloSettings.ServiceIdVariable], client[SiloSettings.ServiceIdVariable]);
    }

    [Fact]
    public void ClientWritesToAVolumeAndWaitsForEverySilo()
    {
        string output = CommandLine.OptionValue(Command("client"), "--out");
        var mount = Assert.Single(Service("client").At("volumes").Strings(), v => v.EndsWith(":" + output, StringComparison.Ordinal));
        string volume = mount.Split(':')[0];
        Assert.Contains(volume, Compose.At("volumes").Keys());
        Assert.Equal(SiloNames, Service("client").At("depends_on").Keys());
        Assert.All(SiloNames, s => Assert.Equal("service_healthy", Service("client").At($"depends_on.{s}.condition").Text()));
    }

    /// <summary>Silos and client run the one image deploy/Dockerfile builds, from the repository root.</summary>
    [Theory]
    [InlineData("silo1")]
    [InlineData("silo2")]
    [InlineData("silo3")]
    [InlineData("client")]
    public void ServicesBuildTheImageFromDeployDockerfile(string service)
    {
        Assert.Equal("simcluster:latest", Service(service).At("image").Text());
        Assert.Equal(".", Service(service).At("build.context").Text());
        Assert.Equal("deploy/Dockerfile", Service(service).At("build.dockerfile").Text());
        Assert.True(File.Exists(DeployFiles.InRepository("deploy/Dockerfile")));
    }

    [GeneratedRegex(@"/dev/tcp/[^/ ]+/([0-9]+)")]
    private static partial Regex DevTcp();

    /// <summary>Compose's required-variable interpolation, ${NAME:?message}.</summary>
    [GeneratedRegex(@"^\$\{([A-Z_][A-Z0-9_]*):\?([^}]+)\}$")]
    private static partial Regex RequiredVariable();
}
