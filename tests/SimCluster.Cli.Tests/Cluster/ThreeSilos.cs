using SimCluster.Silo;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>A Redis server and silo processes joined through it, on free loopback ports.</summary>
public sealed class ThreeSilos : IDisposable
{
    private readonly List<RunningProcess> _silos = [];

    /// <summary>Starts Redis (with persistence if asked) and <paramref name="count"/> silos and waits until each is up.</summary>
    public ThreeSilos(int count = 3, bool persistentRedis = false)
    {
        Redis = RedisServer.Start(persistentRedis);
        for (int i = 0; i < count; i++) AddSilo();
    }

    /// <summary>The Redis server.</summary>
    public RedisServer Redis { get; }

    /// <summary>The silo processes, in start order.</summary>
    public IReadOnlyList<RunningProcess> Silos => _silos;

    /// <summary>Starts one more silo on new ports and, unless told not to, waits until it has joined.</summary>
    public RunningProcess AddSilo(bool waitUntilUp = true)
    {
        var silo = Processes.Start("silo", "--redis", Redis.Connection, "--port", FreePort.Next().ToString(), "--gateway-port", FreePort.Next().ToString());
        _silos.Add(silo);
        if (waitUntilUp && !silo.WaitForError("silo up", TimeSpan.FromSeconds(60)))
            throw new InvalidOperationException($"silo did not start:\n{silo.Err}");
        return silo;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var s in _silos) s.Dispose();
        Redis.Dispose();
    }
}
