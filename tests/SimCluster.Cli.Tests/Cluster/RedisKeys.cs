using StackExchange.Redis;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>What a Redis server holds about a sweep: keys (grain state) and reminder entries naming its id.</summary>
internal static class RedisKeys
{
    /// <summary>Keys and reminder-table members that contain <paramref name="sweepId"/>.</summary>
    public static IReadOnlyList<string> Of(string connection, string sweepId)
    {
        using var redis = ConnectionMultiplexer.Connect(connection + ",allowAdmin=true");
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var found = server.Keys(pattern: $"*{sweepId}*").Select(k => k.ToString()).ToList();
        var db = redis.GetDatabase();
        foreach (var key in server.Keys(pattern: "*reminders*"))
            found.AddRange(db.SortedSetRangeByRank(key).Select(m => m.ToString()).Where(m => m.Contains(sweepId, StringComparison.Ordinal)).Select(m => $"{key}: {m}"));
        return found;
    }
}
