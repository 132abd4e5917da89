namespace SimCluster.Silo;

/// <summary>
/// How a clustered silo is configured: command-line options, the environment variables that stand in for them
/// (containers and Kubernetes set these), and defaults. docker-compose.yml and deploy/ are tested against these names.
/// </summary>
public static class SiloSettings
{
    /// <summary>Redis connection string (clustering and grain storage): option and environment variable.</summary>
    public const string RedisOption = "--redis", RedisVariable = "SIMCLUSTER_REDIS";

    /// <summary>Silo-to-silo port.</summary>
    public const string PortOption = "--port", PortVariable = "SIMCLUSTER_SILO_PORT";

    /// <summary>Client gateway port.</summary>
    public const string GatewayPortOption = "--gateway-port", GatewayPortVariable = "SIMCLUSTER_GATEWAY_PORT";

    /// <summary>The address other silos reach this one at; Kubernetes passes the pod IP from the downward API.</summary>
    public const string AdvertiseOption = "--advertise", AdvertiseVariable = "POD_IP";

    /// <summary>
    /// The address the silo and gateway ports listen on (see <see cref="SiloAddresses"/>): by default the advertised
    /// address, or 127.0.0.1 when none is given; 0.0.0.0 in a container.
    /// </summary>
    public const string ListenOption = "--listen", ListenVariable = "SIMCLUSTER_LISTEN";

    /// <summary>ClusterOptions, from the environment as in the Orleans Kubernetes docs.</summary>
    public const string ClusterIdVariable = "ORLEANS_CLUSTER_ID", ServiceIdVariable = "ORLEANS_SERVICE_ID";

    /// <summary>Default ports: Orleans' own defaults.</summary>
    public const int DefaultPort = 11111, DefaultGatewayPort = 30000;

    /// <summary>Default ClusterOptions ids.</summary>
    public const string DefaultClusterId = "simcluster", DefaultServiceId = "simcluster";

    /// <summary>Name of the grain storage provider that keeps sweep progress.</summary>
    public const string SweepStorage = "sweeps";
}
