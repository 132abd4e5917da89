using Orleans.Configuration;

namespace SimCluster.Silo;

/// <summary>
/// How fast silos and clients notice that silos died or came up. Orleans' defaults suit large clusters with a steady
/// membership; after every silo of a small cluster is killed and restarted (new ports, new generations), they kept a
/// fresh client waiting about 85 s, and the new silos a minute before they could join: the dead incarnations stay
/// Active in the table until voted out, and joining silos and clients keep trying to reach them.
/// </summary>
internal static class ClusterTimings
{
    /// <summary>
    /// Silo side. A silo writes "I am alive" to the table every 5 s (default 30 s); three missed writes (15 s, default
    /// 90 s) make its entry stale, and Orleans neither waits for a stale silo when a new one joins nor needs its vote
    /// to evict it. Probes time out after 2 s and three missed ones raise a suspicion (a dead silo is voted out in
    /// about 6 s, default ~15 s), and silos re-read the table every 10 s (default 60 s). All cheap: a few small Redis
    /// reads and writes per silo and period.
    /// </summary>
    public static ISiloBuilder UseSimClusterFailureDetection(this ISiloBuilder silo) =>
        silo.Configure<ClusterMembershipOptions>(m =>
        {
            m.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
            m.NumMissedTableIAmAliveLimit = 3;
            m.ProbeTimeout = TimeSpan.FromSeconds(2);
            m.NumMissedProbesLimit = 3;
            m.TableRefreshTimeout = TimeSpan.FromSeconds(10);
        });

    /// <summary>
    /// Client side. The gateway list is re-read from the table every 5 s (default 60 s), so a client drops the
    /// gateways of dead silos and finds restarted ones quickly; a failed connection attempt (no gateway yet, or only
    /// dead ones) is retried every second until the caller's deadline.
    /// </summary>
    public static IClientBuilder UseSimClusterGatewayDiscovery(this IClientBuilder client) =>
        client.Configure<GatewayOptions>(g => g.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5))
            .UseConnectionRetryFilter(async (_, cancellationToken) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                return true;
            });
}
