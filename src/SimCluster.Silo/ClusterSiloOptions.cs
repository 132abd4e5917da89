namespace SimCluster.Silo;

/// <summary>A clustered silo's settings (see <see cref="SiloSettings"/> for the option and variable names).</summary>
/// <param name="Redis">Redis connection string: membership table and sweep storage.</param>
/// <param name="Port">Silo-to-silo port.</param>
/// <param name="GatewayPort">Client gateway port.</param>
/// <param name="Addresses">Where the ports listen and what address is advertised.</param>
/// <param name="ClusterId">Orleans ClusterOptions.ClusterId.</param>
/// <param name="ServiceId">Orleans ClusterOptions.ServiceId.</param>
public sealed record ClusterSiloOptions(string Redis, int Port, int GatewayPort, SiloAddresses Addresses, string ClusterId, string ServiceId)
{
    /// <summary>ClusterId and ServiceId from the environment (Kubernetes sets them), else the defaults.</summary>
    public static (string ClusterId, string ServiceId) IdsFromEnvironment() =>
        (Environment.GetEnvironmentVariable(SiloSettings.ClusterIdVariable) is { Length: > 0 } c ? c : SiloSettings.DefaultClusterId,
         Environment.GetEnvironmentVariable(SiloSettings.ServiceIdVariable) is { Length: > 0 } s ? s : SiloSettings.DefaultServiceId);
}
