using SimCluster.Silo;
using static SimCluster.Deploy.Tests.KubernetesManifests;

namespace SimCluster.Deploy.Tests;

/// <summary>deploy/kubernetes against the silo's settings, the Orleans Kubernetes hosting conventions and itself.</summary>
public class KubernetesTests
{
    private const string SiloDeployment = "simcluster-silo", RedisName = "redis", SweepJob = "simcluster-sweep";
    private const string ClusterIdLabel = "orleans/clusterId", ServiceIdLabel = "orleans/serviceId";

    /// <summary>How long the silo gives a graceful stop before it exits anyway: the grace period must cover it twice over.</summary>
    private static readonly int SiloStopSeconds = (int)ClusteredSiloRunner.GracefulStopTimeout.TotalSeconds;

    private static KubernetesObject Silo => Get("Deployment", SiloDeployment);

    private static PodContainer SiloContainer => Container(Silo);

    private static PodContainer SweepContainer => Container(Get("Job", SweepJob));

    private static readonly Dictionary<string, string> ApiVersions = new(StringComparer.Ordinal)
    {
        ["Namespace"] = "v1", ["ConfigMap"] = "v1", ["Service"] = "v1", ["PersistentVolumeClaim"] = "v1",
        ["Deployment"] = "apps/v1", ["Job"] = "batch/v1", ["PodDisruptionBudget"] = "policy/v1",
    };

    [Theory]
    [MemberData(nameof(DeployFiles.KubernetesFiles), MemberType = typeof(DeployFiles))]
    public void EveryObjectHasApiVersionKindAndName(string file)
    {
        var objects = All.Where(o => o.File == file + ".yaml").ToList();
        Assert.NotEmpty(objects);
        foreach (var o in objects)
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Kind), $"{o}: no kind");
            Assert.True(ApiVersions.TryGetValue(o.Kind!, out string? apiVersion), $"{o}: unexpected kind");
            Assert.Equal(apiVersion, o.ApiVersion);
            Assert.Matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", o.Name ?? "");
        }
    }

    [Fact]
    public void EveryObjectIsInTheNamespaceOfNamespaceYaml()
    {
        var ns = Assert.Single(OfKind("Namespace"));
        Assert.Equal("simcluster", ns.Name);
        Assert.All(All.Where(o => o.Kind != "Namespace"), o => Assert.Equal(ns.Name, o.Namespace));
    }

    [Fact]
    public void ObjectNamesAreUniquePerKind()
    {
        Assert.Equal(All.Count, All.Select(o => (o.Kind, o.Name)).Distinct().Count());
    }

    [Fact]
    public void SiloDeploymentRunsThreeSilos()
    {
        Assert.Equal("3", Silo.Root.At("spec.replicas").Text());
        Assert.Equal(["silo"], SiloContainer.Args);
        var selector = Silo.Root.At("spec.selector.matchLabels").StringMap();
        Assert.True(Selects(selector, SiloContainer.PodLabels), "the Deployment's selector does not match its own pods");
    }

    [Fact]
    public void SiloExposesTheDefaultPorts()
    {
        Assert.Equal(new[] { SiloSettings.DefaultPort, SiloSettings.DefaultGatewayPort }.Order(), SiloContainer.ContainerPorts.Order());
        Assert.Equal(SiloSettings.DefaultPort, SiloContainer.Port("silo"));
        Assert.Equal(SiloSettings.DefaultGatewayPort, SiloContainer.Port("gateway"));
    }

    /// <summary>The ports the silo is told to listen on (by SiloSettings' variables) are the container ports.</summary>
    [Fact]
    public void SiloListensOnItsContainerPorts()
    {
        Assert.Equal(SiloContainer.Port("silo").ToString(System.Globalization.CultureInfo.InvariantCulture), SiloContainer.ResolvedEnv(SiloSettings.PortVariable));
        Assert.Equal(SiloContainer.Port("gateway").ToString(System.Globalization.CultureInfo.InvariantCulture), SiloContainer.ResolvedEnv(SiloSettings.GatewayPortVariable));
    }

    [Fact]
    public void SiloAdvertisesThePodIpFromTheDownwardApi()
    {
        Assert.Equal("POD_IP", SiloSettings.AdvertiseVariable);
        Assert.Equal("status.podIP", SiloContainer.FieldPath(SiloSettings.AdvertiseVariable));
        Assert.Equal("metadata.name", SiloContainer.FieldPath("POD_NAME"));
        Assert.Equal("metadata.namespace", SiloContainer.FieldPath("POD_NAMESPACE"));
    }

    /// <summary>With POD_IP and no listening address, the silo listens on its pod IP only, not every interface.</summary>
    [Fact]
    public void SiloListensOnItsPodIp()
    {
        Assert.False(SiloContainer.HasEnv(SiloSettings.ListenVariable), $"{SiloSettings.ListenVariable} set: the silo should listen on the pod IP it advertises");
        Assert.DoesNotContain(SiloSettings.ListenOption, SiloContainer.Args);
    }

    /// <summary>The service id is an Orleans label and read from it, so the two cannot disagree.</summary>
    [Fact]
    public void SiloServiceIdEqualsItsOrleansLabel()
    {
        var labels = SiloContainer.PodLabels;
        Assert.Equal(SiloSettings.DefaultServiceId, labels[ServiceIdLabel]);
        Assert.Equal(labels[ServiceIdLabel], SiloContainer.ResolvedEnv(SiloSettings.ServiceIdVariable));
        // The Deployment itself carries it too, as in the Orleans docs.
        Assert.Equal(labels[ServiceIdLabel], Silo.Root.At("metadata.labels").StringMap()[ServiceIdLabel]);
    }

    /// <summary>
    /// Anyone who knows a gateway address and the cluster id reaches every grain, so the cluster id is a Secret the
    /// user creates with a random value (deploy/README.md says how), never a label anyone listing pods can read, nor a
    /// value shipped in the manifests.
    /// </summary>
    [Fact]
    public void SiloReadsItsClusterIdFromASecretTheUserCreates()
    {
        var (secret, key) = SiloContainer.SecretRef(SiloSettings.ClusterIdVariable);
        Assert.DoesNotContain(All, o => o.Kind == "Secret");
        Assert.DoesNotContain(ClusterIdLabel, SiloContainer.PodLabels.Keys);
        Assert.DoesNotContain(ClusterIdLabel, Silo.Root.At("metadata.labels").StringMap().Keys);
        string readme = File.ReadAllText(Path.Combine(DeployFiles.Folder, "deploy", "README.md"));
        Assert.Contains($"kubectl -n simcluster create secret generic {secret} --from-literal={key}=$(openssl rand -hex 16)", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void SiloProbesConnectToTheSiloPort()
    {
        foreach (string probe in new[] { "readinessProbe", "livenessProbe" })
        {
            Assert.Equal(SiloSettings.DefaultPort, SiloContainer.Port(SiloContainer.Node.At($"{probe}.tcpSocket.port").Text()));
        }
    }

    [Fact]
    public void SiloHasTimeToShutDownGracefully()
    {
        int grace = int.Parse(Silo.Root.At("spec.template.spec.terminationGracePeriodSeconds").Text(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(grace, 2 * SiloStopSeconds, 600);
    }

    [Fact]
    public void SiloRequestsResourcesAndRunsAsNonRoot()
    {
        Assert.NotNull(SiloContainer.Node.StringAt("resources.requests.cpu"));
        Assert.NotNull(SiloContainer.Node.StringAt("resources.requests.memory"));
        Assert.NotNull(SiloContainer.Node.StringAt("resources.limits.memory"));
        Assert.Null(SiloContainer.Node.StringAt("resources.limits.cpu")); // throttling hurts the runtime; see silo.yaml
        Assert.Equal("true", Silo.Root.StringAt("spec.template.spec.securityContext.runAsNonRoot"));
    }

    /// <summary>The silo does not use the Kubernetes API (no Orleans Kubernetes hosting package), so it gets no token and no RBAC.</summary>
    [Fact]
    public void SiloGetsNoKubernetesApiAccess()
    {
        Assert.Equal("false", Silo.Root.StringAt("spec.template.spec.automountServiceAccountToken"));
        Assert.DoesNotContain(All, o => o.Kind is "Role" or "RoleBinding" or "ClusterRole" or "ClusterRoleBinding" or "ServiceAccount");
    }

    [Fact]
    public void DisruptionBudgetSelectsTheSiloPodsAndLetsOneGo()
    {
        var pdb = Assert.Single(OfKind("PodDisruptionBudget"));
        var selector = pdb.Root.At("spec.selector.matchLabels").StringMap();
        Assert.True(Selects(selector, SiloContainer.PodLabels), "the PodDisruptionBudget selects no silo pod");
        Assert.Equal(Silo.Root.At("spec.selector.matchLabels").StringMap(), selector);
        int replicas = int.Parse(Silo.Root.At("spec.replicas").Text(), System.Globalization.CultureInfo.InvariantCulture);
        int minAvailable = int.Parse(pdb.Root.At("spec.minAvailable").Text(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(replicas - 1, minAvailable);
    }

    [Fact]
    public void RedisAddressInTheConfigMapIsTheRedisService()
    {
        string address = ConfigMapValue(SiloContainer.Env(SiloSettings.RedisVariable));
        var (host, port) = CommandLine.HostAndPort(address);
        var service = Get("Service", host);
        Assert.Equal(RedisName, service.Name);
        var servicePort = Assert.Single(service.Root.At("spec.ports").Items());
        Assert.Equal(port.ToString(System.Globalization.CultureInfo.InvariantCulture), servicePort.At("port").Text());

        // The Service reaches the Redis pods, on their Redis port.
        var redis = Container(Get("Deployment", RedisName));
        Assert.True(Selects(service.Root.At("spec.selector").StringMap(), redis.PodLabels), "the redis Service selects no redis pod");
        Assert.Equal(6379, redis.Port(servicePort.At("targetPort").Text()));
        Assert.StartsWith("redis:", redis.Node.At("image").Text());
    }

    /// <summary>
    /// Redis keeps membership and sweep progress: it writes an append-only file to /data, on a PersistentVolumeClaim
    /// that outlives the pod, and is replaced rather than surged (one pod on the claim at a time).
    /// </summary>
    [Fact]
    public void RedisPersistsToAVolumeClaim()
    {
        var redisDeployment = Get("Deployment", RedisName);
        var redis = Container(redisDeployment);
        Assert.Equal("yes", CommandLine.OptionValue(redis.Args, "--appendonly"));
        var mount = Assert.Single(redis.Node.At("volumeMounts").Items(), m => m.StringAt("mountPath") == "/data");
        var volume = Assert.Single(redis.Pod.At("spec.volumes").Items(), v => v.StringAt("name") == mount.StringAt("name"));
        var claim = Get("PersistentVolumeClaim", volume.At("persistentVolumeClaim.claimName").Text());
        Assert.Equal(["ReadWriteOnce"], claim.Root.At("spec.accessModes").Strings());
        Assert.Equal("Recreate", redisDeployment.Root.At("spec.strategy.type").Text());
        Assert.Equal("1", redisDeployment.Root.At("spec.replicas").Text());
    }

    [Fact]
    public void SweepJobSubmitsToTheSilosRedis()
    {
        var args = SweepContainer.Args;
        Assert.Equal("sweep", args[0]);
        Assert.Equal("scenarios/baseline.yaml", args[1]);
        Assert.Equal("1000", CommandLine.OptionValue(args, "--replicates"));
        string cluster = SweepContainer.Expand(CommandLine.OptionValue(args, "--cluster"), LiteralOrConfigMap);
        Assert.Equal(ConfigMapValue(SiloContainer.Env(SiloSettings.RedisVariable)), cluster);
    }

    [Fact]
    public void SweepJobNamesTheSilosCluster()
    {
        Assert.Equal(SiloContainer.SecretRef(SiloSettings.ClusterIdVariable), SweepContainer.SecretRef(SiloSettings.ClusterIdVariable));
        Assert.Equal(SiloContainer.ResolvedEnv(SiloSettings.ServiceIdVariable), SweepContainer.ResolvedEnv(SiloSettings.ServiceIdVariable));
        // A client is not a silo: its pods must not look like one to anything that selects on the Orleans labels.
        Assert.DoesNotContain(ClusterIdLabel, SweepContainer.PodLabels.Keys);
        Assert.False(Selects(Silo.Root.At("spec.selector.matchLabels").StringMap(), SweepContainer.PodLabels));
    }

    [Fact]
    public void SweepJobWritesToItsVolumeClaim()
    {
        string output = CommandLine.OptionValue(SweepContainer.Args, "--out");
        var mount = Assert.Single(SweepContainer.Node.At("volumeMounts").Items(), m => m.StringAt("mountPath") == output);
        var volume = Assert.Single(SweepContainer.Pod.At("spec.volumes").Items(), v => v.StringAt("name") == mount.StringAt("name"));
        Get("PersistentVolumeClaim", volume.At("persistentVolumeClaim.claimName").Text());
        Assert.Contains(SweepContainer.Pod.At("spec.restartPolicy").Text(), new[] { "Never", "OnFailure" });
    }

    /// <summary>Silos and Job run the image deploy/README.md builds, the one docker-compose.yml names.</summary>
    [Fact]
    public void WorkloadsRunTheSimclusterImage()
    {
        string composeImage = Yaml.LoadSingle(DeployFiles.Compose).At("services.silo1.image").Text();
        foreach (var container in new[] { SiloContainer, SweepContainer })
        {
            Assert.Equal(composeImage, container.Node.At("image").Text());
            Assert.Equal("IfNotPresent", container.Node.At("imagePullPolicy").Text());
        }
    }
}
