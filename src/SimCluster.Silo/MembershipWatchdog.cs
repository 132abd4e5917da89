using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Clustering.Redis;
using Orleans.Configuration;
using StackExchange.Redis;

namespace SimCluster.Silo;

/// <summary>
/// Notices that the membership table no longer lists this silo, which Orleans itself does not act on: when Redis
/// restarts without its data, the Redis clustering provider finds no table (no "Version" field) and every membership
/// write and IAmAlive update of a running silo fails, while the silo keeps serving from its last view. It never
/// registers again, so new clients find no gateway until it restarts. A table recreated by another silo's restart
/// does not list it either, and its version is older than the running silo's view, which Orleans therefore ignores.
/// The cure is a new incarnation of the silo (<see cref="ClusteredSiloRunner"/>), which joins like a new silo.
/// </summary>
public static class MembershipWatchdog
{
    /// <summary>How often the table is checked: a Redis EXISTS and one row read.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Completes, with the reason, once the table or this silo's entry in it is gone; runs until cancelled otherwise.
    /// An unreachable Redis is not a vanished table: the silo keeps running and Orleans retries.
    /// </summary>
    public static async Task<string> WaitUntilGoneAsync(IServiceProvider silo, string redis, TimeSpan period, CancellationToken cancellationToken)
    {
        var me = silo.GetRequiredService<ILocalSiloDetails>().SiloAddress;
        var table = silo.GetRequiredService<IMembershipTable>();
        // The key the provider keeps the table under, from the provider's own (public) key function.
        var key = silo.GetRequiredService<IOptions<RedisClusteringOptions>>().Value.CreateRedisKey(silo.GetRequiredService<IOptions<ClusterOptions>>().Value);
        var configuration = ConfigurationOptions.Parse(redis);
        configuration.AbortOnConnectFail = false;
        await using var connection = await ConnectionMultiplexer.ConnectAsync(configuration);
        var db = connection.GetDatabase();
        using var timer = new PeriodicTimer(period);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            try
            {
                if (!await db.KeyExistsAsync(key)) return "the membership table is gone";
                if ((await table.ReadRowAsync(me, cancellationToken)).TryGet(me) is null) return "this silo's entry in the membership table is gone";
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Redis unreachable or mid-restart: look again next period.
            }
        }
        throw new OperationCanceledException(cancellationToken);
    }
}
